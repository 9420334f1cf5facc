package scot.sds.portal.shared.ui;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import scot.sds.portal.shared.pdf.PrintableDocument;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.TimeConfiguration;
import scot.sds.portal.shared.i18n.Pictures;
import scot.sds.portal.shared.i18n.ReadingMode;

/**
 * Builds a page's content from message keys only, so every text is translated and has its easy-read variant.
 * In easy read, each point is shown with its picture on the start side and its text beside it.
 */
public final class PageContent {

    /** Keys of points (paragraphs and list items) end in {@code .p1}, {@code .p2}...: each has a picture. */
    public static final Pattern POINT_KEY = Pattern.compile(".*\\.p\\d+$");

    private final HasComponents target;
    private final Component translator;
    private final ReadingMode mode;
    private final Pictures pictures;
    private final Locale locale;
    private final ULocale formatsAs;

    /** @param formatsAs the conventions of the page's language for numbers, such as {@code en-GB} */
    PageContent(HasComponents target, Component translator, Locale locale, Locale formatsAs, Pictures pictures) {
        this.target = target;
        this.translator = translator;
        this.mode = ReadingMode.of(locale);
        this.locale = locale;
        this.formatsAs = ULocale.forLocale(formatsAs);
        this.pictures = pictures;
    }

    /** An amount in pounds, as the page's language writes money. */
    public String money(BigDecimal amount) {
        return Money.pounds(amount, formatsAs.toLocale());
    }

    /** A whole number with the page's language's digits and separators. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(formatsAs).format(value);
    }

    /** A share such as 0.4, as "40%" in the page's language. */
    public String percent(double share) {
        return NumberFormat.getPercentInstance(formatsAs).format(share);
    }

    /** Items joined as the page's language joins a list: "a, b and c". */
    public String list(List<String> items) {
        return ListFormatter.getInstance(formatsAs).format(items);
    }

    /** A date as the page's language writes it in full ("24 November 2026"). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A time of day as the page's language writes it ("10:30"). */
    public String time(LocalTime time) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** A moment as the page's language writes a date and time, in the council's time zone. */
    public String dateTime(Instant moment) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(TimeConfiguration.LOCAL_ZONE).format(moment);
    }

    public String text(String key, Object... arguments) {
        return translator.getTranslation(key, arguments);
    }

    public boolean easyRead() {
        return mode == ReadingMode.EASY_READ;
    }

    public H2 heading(String key) {
        return add(new H2(text(key)));
    }

    /** A heading that focus can move to, for what a page shows after an action (see {@code FormPage}). */
    public H2 focusableHeading(String key, String id) {
        H2 heading = heading(key);
        heading.setId(id);
        heading.getElement().setAttribute("tabindex", "-1");
        return heading;
    }

    /** A heading within the section of the last {@link #heading}, such as each of the 4 options. */
    public H3 subheading(String key) {
        return add(new H3(text(key)));
    }

    /** One point: a paragraph, or in easy read a picture with its text. */
    public Component point(String pointKey) {
        return point(pointKey, Map.of());
    }

    /** One point whose text has named arguments, such as the council's {@code {phone}}. */
    public Component point(String pointKey, Map<String, ?> arguments) {
        return add(pointComponent(pointKey, arguments));
    }

    /**
     * One point made but not added, for a page that puts it inside another component (a glossary's description),
     * so it still gets its picture in easy read.
     */
    public Component pointComponent(String pointKey) {
        return pointComponent(pointKey, Map.of());
    }

    public Component pointComponent(String pointKey, Map<String, ?> arguments) {
        return easyRead() ? pictured(new Div(), pointKey, arguments) : new Paragraph(pointText(pointKey, arguments));
    }

    /** Several points in a list. */
    public UnorderedList points(String... pointKeys) {
        UnorderedList list = new UnorderedList();
        for (String key : pointKeys) {
            list.add(easyRead() ? pictured(new ListItem(), key, Map.of()) : new ListItem(pointText(key, Map.of())));
        }
        if (easyRead()) {
            list.addClassName("easy-read-points");
        }
        return add(list);
    }

    /** A link to another page of the portal, in a paragraph of its own. */
    public Anchor link(String key, String path) {
        Anchor anchor = new Anchor(Paths.href(path), text(key));
        add(new Paragraph(anchor));
        return anchor;
    }

    /** The page's main call to action, drawn as a button but still a link. */
    public Anchor startLink(String key, String path) {
        Anchor anchor = link(key, path);
        anchor.addClassName("start-link");
        return anchor;
    }

    /** A note set apart from the text around it, for something a person must not miss. */
    public Div inset(String pointKey) {
        return inset(pointKey, Map.of());
    }

    public Div inset(String pointKey, Map<String, ?> arguments) {
        Div inset = new Div(pointComponent(pointKey, arguments));
        inset.addClassName("inset");
        return add(inset);
    }

    /** A table with its caption and column headings, to fill with rows and add where it belongs. */
    public NativeTable table(String captionKey, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.addClassName("audit-table");
        table.setCaptionText(text(captionKey));
        NativeTableRow header = table.getHead().addRow();
        for (String key : headerKeys) {
            header.addHeaderCell().setText(text(key));
        }
        header.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        return table;
    }

    /**
     * Adds a table that may be wider than a phone: it scrolls sideways, and keyboard users can reach it to do so.
     */
    public Div scrolling(NativeTable table) {
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", table.getCaption().getText());
        return add(scroller);
    }

    /**
     * A document also offered to print or download, shown on the page: its headings, its rows as summary lists
     * (each value's line breaks kept) and its points, so the page and the PDF say the same.
     */
    public void document(List<PrintableDocument.Block> blocks) {
        SummaryList rows = null;
        for (PrintableDocument.Block block : blocks) {
            if (block instanceof PrintableDocument.Row row) {
                if (rows == null) {
                    rows = add(new SummaryList());
                    rows.addClassName("document-rows");
                }
                rows.row(row.term(), row.value());
                continue;
            }
            rows = null;
            switch (block) {
                case PrintableDocument.Heading heading -> add(new H2(heading.text()));
                case PrintableDocument.Paragraph paragraph -> add(new Paragraph(paragraph.text()))
                        .addClassName("summary-text");
                case PrintableDocument.PicturedPoint point -> {
                    Image image = new Image(Pictures.href(point.pictureName()), "");
                    image.addClassName("easy-read-picture");
                    add(new Div(image, new Span(point.text()))).addClassName("easy-read-point");
                }
                case PrintableDocument.Row row -> throw new IllegalStateException("Rows are added above");
            }
        }
    }

    public <T extends Component> T add(T component) {
        target.add(component);
        return component;
    }

    private <T extends HasComponents> T pictured(T holder, String pointKey, Map<String, ?> arguments) {
        String text = pointText(pointKey, arguments);
        holder.getElement().getClassList().add("easy-read-point");
        pictures.forKey(pointKey).ifPresent(picture -> {
            // The text beside it says everything: the picture is decoration for assistive technology.
            Image image = new Image(Pictures.href(picture), "");
            image.addClassName("easy-read-picture");
            holder.add(image);
        });
        holder.add(new Span(text));
        return holder;
    }

    /** A point's text, with its named arguments if it has any. */
    private String pointText(String pointKey, Map<String, ?> arguments) {
        requirePointKey(pointKey);
        // Passed as the only argument, a map gives the pattern its named arguments ({phone}, not {0}).
        return arguments.isEmpty() ? text(pointKey) : text(pointKey, (Object) arguments);
    }

    private static String requirePointKey(String key) {
        if (!POINT_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A point's key must end in .p<number> so it has a picture: " + key);
        }
        return key;
    }
}
