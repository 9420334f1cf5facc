package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** A GOV.UK-style summary list: each row a term and its value, as a description list. */
public class SummaryList extends DescriptionList {

    public SummaryList() {
        addClassName("summary-list");
    }

    public SummaryList row(String term, String description) {
        add(new Term(term), new Description(description));
        return this;
    }
}
