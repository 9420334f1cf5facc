/** Finding support: registered care services with their grades, community support and personal assistants. */
package scot.sds.portal.providers;
