package scot.sds.portal.records.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.sds.portal.records.PersonalRecords;
import scot.sds.portal.shared.pdf.PrintableDocument.Block;
import scot.sds.portal.shared.pdf.PrintableDocument.Heading;
import scot.sds.portal.shared.pdf.PrintableDocument.Paragraph;
import scot.sds.portal.shared.pdf.PrintableDocument.Row;
import scot.sds.portal.shared.ui.PageContent;
import tools.jackson.databind.JsonNode;

/**
 * The copy of everything held, to read: each part under its heading, each record's fields as named rows in the
 * page's language. A list of values (such as an answer's choices) is listed; other structured data (such as the pack
 * as sent) is only named here: it is whole in the JSON file.
 */
final class RecordsDocument {

    private RecordsDocument() {}

    static List<Block> blocks(PageContent content, PersonalRecords records) {
        List<Block> blocks = new ArrayList<>();
        records.parts().forEach((part, rows) -> {
            blocks.add(new Heading(content.text("records.part." + part)));
            if (rows.isEmpty()) {
                blocks.add(new Paragraph(content.text("records.nothing")));
            }
            for (int number = 1; number <= rows.size(); number++) {
                if (rows.size() > 1) {
                    blocks.add(new Paragraph(content.text("records.record",
                            Map.of("number", number, "total", rows.size()))));
                }
                rows.get(number - 1).forEach((field, value) -> blocks.add(
                        new Row(content.text("records.field." + field), readable(content, value))));
            }
        });
        return blocks;
    }

    private static String readable(PageContent content, Object value) {
        return switch (value) {
            case Instant moment -> content.dateTime(moment);
            case LocalDate date -> content.date(date);
            case Boolean yes -> content.text(yes ? "records.yes" : "records.no");
            case Long number -> content.number(number);
            case Integer number -> content.number(number);
            case String text -> text;
            case JsonNode list when list.isArray() && list.valueStream().allMatch(JsonNode::isValueNode) ->
                    content.list(list.valueStream().map(JsonNode::asString).toList());
            default -> content.text("records.in-the-file");
        };
    }
}
