package scot.sds.portal.assessment;

import java.util.List;

/**
 * One question of the questionnaire, as its file defines it. Its texts are messages named after its id:
 * {@code question.<id>} (the heading), {@code question.<id>.hint}, {@code question.<id>.why} ("why we ask") and
 * {@code question.<id>.option.<value>}, each in every language and in easy read.
 *
 * @param options the values a choice question offers, unless it names an {@code optionSet}
 * @param optionSet a set of options several questions share, such as how often help is needed; its texts are
 *     {@code questionnaire.options.<set>.<value>}
 * @param picture the picture shown beside it in easy read, from the installed set
 * @param hint whether it has a hint under the heading
 * @param whyWeAsk whether it says why it is asked, as sensitive questions do
 * @param optional whether it may be left blank (free text only)
 * @param ratherNotSay whether "I'd rather not say" is offered
 * @param dontKnow whether "I don't know" is offered
 * @param showIf when it is asked; {@code null} for always
 * @param inSummary whether its answer goes in the person's one-page "What matters to me" summary
 * @param budgetFactor the indicative budget's factor this answer feeds, or {@code null}
 * @param min the smallest number accepted (numbers only)
 * @param max the largest number accepted (numbers only)
 */
public record Question(String id, AnswerType type, List<String> options, String optionSet, String picture, boolean hint,
        boolean whyWeAsk, boolean optional, boolean ratherNotSay, boolean dontKnow, Condition showIf,
        boolean inSummary, String budgetFactor, Integer min, Integer max) {

    /** The longest free-text answer accepted, in characters: several full paragraphs. */
    public static final int MOST_CHARACTERS = 4000;
    static final List<String> YES_NO = List.of("yes", "no");

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The values a person can choose from: the options, or yes and no. */
    public List<String> choices() {
        return type == AnswerType.YES_NO ? YES_NO : options;
    }

    public String textKey() {
        return "question." + id;
    }

    public String hintKey() {
        return textKey() + ".hint";
    }

    public String whyKey() {
        return textKey() + ".why";
    }

    /** The message key of a choice: yes and no, and the options of a shared set, have texts of their own. */
    public String choiceKey(String value) {
        if (type == AnswerType.YES_NO) {
            return "questionnaire.answer." + value;
        }
        return optionSet != null ? "questionnaire.options." + optionSet + "." + value : textKey() + ".option." + value;
    }

    /** The same question offering the options of its shared set. */
    Question withOptions(List<String> shared) {
        return new Question(id, type, shared, optionSet, picture, hint, whyWeAsk, optional, ratherNotSay, dontKnow,
                showIf, inSummary, budgetFactor, min, max);
    }
}
