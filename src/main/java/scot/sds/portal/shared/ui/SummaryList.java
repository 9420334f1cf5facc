package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A GOV.UK-style summary list: each row a term and its value, as a description list. */
public class SummaryList extends DescriptionList {

    public SummaryList() {
        addClassName("summary-list");
    }

    public SummaryList row(String term, String description) {
        add(new Term(term), new Description(description));
        return this;
    }

    /** A row whose value is built of several parts, with no action. */
    public SummaryList row(String term, Component description) {
        Div row = new Div(new Term(term), new Description(description));
        row.addClassName("summary-list-row");
        add(row);
        return this;
    }

    /**
     * A row's action link, such as "Change", followed for screen readers by what it changes, as GOV.UK's
     * "Change<span class="govuk-visually-hidden"> name</span>" does.
     */
    public static Anchor action(String href, String text, String changes) {
        Anchor action = new Anchor(href, text);
        Span which = new Span(" " + changes);
        which.addClassName("visually-hidden");
        action.add(which);
        return action;
    }

    /** An action link to another site, opening in a new tab, such as a service's inspection reports. */
    public static Anchor externalAction(String href, String text, String about) {
        Anchor link = action(href, text, about);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }

    /** A row whose value is built of several parts, with an action such as "Change" beside it. */
    public SummaryList row(String term, Component description, Component action) {
        Div row = new Div(new Term(term), new Description(description), new Description(action));
        row.addClassName("summary-list-row");
        add(row);
        return this;
    }
}
