package scot.sds.portal.shared.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every language and reading mode against the source texts: no key missing or extra, every pattern
 * valid ICU, the same arguments, and every plural giving all the forms its language needs (Polish one, few,
 * many, other; Arabic zero to other...).
 */
final class CatalogueCheck {

    private CatalogueCheck() {}

    /**
     * @param source the texts every other one must match (standard English)
     * @param texts each language's texts in one reading mode, by a name for messages ("pl easy-read")
     * @param languageOf the language tag of each name, for its plural rules
     */
    static List<String> problems(Map<String, String> source, Map<String, Map<String, String>> texts,
            Map<String, String> languageOf) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> sourceArguments = new HashMap<>();
        source.forEach((key, pattern) -> sourceArguments.put(key, parse(pattern, key, "source", problems).arguments));
        texts.forEach((name, messages) -> {
            Set<String> requiredForms = PluralRules.forLocale(ULocale.forLanguageTag(languageOf.get(name))).getKeywords();
            new TreeSet<>(source.keySet()).stream().filter(key -> !messages.containsKey(key))
                    .forEach(key -> problems.add(name + ": missing " + key));
            new TreeSet<>(messages.keySet()).stream().filter(key -> !source.containsKey(key))
                    .forEach(key -> problems.add(name + ": " + key + " is not in the source texts"));
            new TreeSet<>(messages.keySet()).stream().filter(source::containsKey).forEach(key -> {
                String pattern = messages.get(key);
                if (pattern.isBlank()) {
                    problems.add(name + ": " + key + " is empty");
                    return;
                }
                Parsed parsed = parse(pattern, key, name, problems);
                if (!parsed.valid) {
                    return;
                }
                if (!parsed.arguments.equals(sourceArguments.get(key))) {
                    problems.add(name + ": " + key + " has arguments " + parsed.arguments + " but the source has "
                            + sourceArguments.get(key));
                }
                parsed.pluralForms.forEach((argument, forms) -> {
                    Set<String> missing = new TreeSet<>(requiredForms);
                    missing.removeAll(forms);
                    if (!missing.isEmpty()) {
                        problems.add(name + ": " + key + " plural {" + argument + "} lacks the forms " + missing);
                    }
                });
            });
        });
        return problems;
    }

    private record Parsed(boolean valid, Set<String> arguments, Map<String, Set<String>> pluralForms) {}

    private static Parsed parse(String pattern, String key, String name, List<String> problems) {
        MessagePattern parts;
        try {
            parts = new MessagePattern(pattern);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + key + " is not a valid message: " + e.getMessage());
            return new Parsed(false, Set.of(), Map.of());
        }
        Set<String> arguments = new TreeSet<>();
        Map<String, Set<String>> pluralForms = new HashMap<>();
        for (int i = 0; i < parts.countParts(); i++) {
            MessagePattern.Part part = parts.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                String argument = parts.getSubstring(parts.getPart(i + 1));
                Set<String> forms = new TreeSet<>();
                for (int j = i + 2; j < parts.getLimitPartIndex(i); j++) {
                    MessagePattern.Part inner = parts.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        forms.add(parts.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = parts.getLimitPartIndex(j);
                    }
                }
                pluralForms.put(argument, forms);
            }
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME
                    || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                arguments.add(parts.getSubstring(part));
            }
        }
        return new Parsed(true, arguments, pluralForms);
    }
}
