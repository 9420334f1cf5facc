/**
 * The pre-assessment's pages. Its wording of answers and of who gave them is shared with the summary of what
 * matters to the person.
 */
@NamedInterface("ui")
package scot.sds.portal.assessment.ui;

import org.springframework.modulith.NamedInterface;
