/** Public pages anyone can read without signing in: what Self-directed Support is and what happens next. */
package scot.sds.portal.learn;
