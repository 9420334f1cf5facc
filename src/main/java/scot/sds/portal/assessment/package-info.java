/** Supported self-assessment: the person describes their life, needs, strengths and risks in their own words. */
package scot.sds.portal.assessment;
