/** The indicative budget's pages. Its wording of a range is shared with the pages about the options. */
@NamedInterface("ui")
package scot.sds.portal.budget.ui;

import org.springframework.modulith.NamedInterface;
