/**
 * What people sent, as a read-only JSON API with its JSON Schema, for the council's case-management system (Mosaic,
 * Liquidlogic or the like) to take in; only that system may read it.
 */
package scot.sds.portal.handoff.api;
