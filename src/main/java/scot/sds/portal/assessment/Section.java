package scot.sds.portal.assessment;

import java.util.List;

/**
 * A part of the questionnaire, one line of the task list: its title is the message {@code section.<id>}.
 *
 * @param showIf when the whole section is asked; {@code null} for always
 */
public record Section(String id, String picture, Condition showIf, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public String titleKey() {
        return "section." + id;
    }
}
