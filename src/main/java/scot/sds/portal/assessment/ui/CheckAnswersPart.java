package scot.sds.portal.assessment.ui;

import scot.sds.portal.shared.ui.PageContent;

/**
 * A part of "Check your answers" that another feature adds after the answers, such as the option the person
 * prefers. Parts are Spring beans, so this page needs no knowledge of the features that add them; order them with
 * {@code @Order}.
 */
public interface CheckAnswersPart {

    /** Adds a heading and rows for the person, read through the feature's own service and its access check. */
    void addTo(PageContent content, long personId);
}
