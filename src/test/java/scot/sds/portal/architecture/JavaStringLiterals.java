package scot.sds.portal.architecture;

import java.util.ArrayList;
import java.util.List;

/** Finds the string literals in Java source, skipping comments, character literals and text blocks' quotes. */
final class JavaStringLiterals {

    /**
     * A literal's value as written (escapes left as they are), the line it starts on, and whether code joins
     * more onto its end ({@code "whatis.option" + number}), which makes it the start of a longer text.
     */
    record Literal(String value, int line, boolean joined) {}

    private JavaStringLiterals() {}

    static List<Literal> in(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                literals.add(new Literal(source.substring(i + 3, Math.max(i + 3, end - 3)), line, joinedAt(source, end)));
                line += count(source.substring(i, end), '\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(source.substring(i + 1, Math.min(j, source.length())), line,
                            joinedAt(source, j + 1)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static boolean joinedAt(String source, int index) {
        return source.substring(Math.min(index, source.length())).stripLeading().startsWith("+");
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(ch -> ch == wanted).count();
    }
}
