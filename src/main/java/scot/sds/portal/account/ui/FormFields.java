package scot.sds.portal.account.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Account fields set up so browsers and password managers recognise them (WCAG 1.3.5 and 3.3.8): the right
 * {@code autocomplete} tokens, pasting allowed, and no required-field asterisks.
 */
final class FormFields {

    private FormFields() {}

    static TextField name(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setAutocomplete(Autocomplete.NAME);
        field.setMaxLength(200);
        return field;
    }

    static TextField email(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setAutocomplete(Autocomplete.EMAIL);
        field.getElement().setAttribute("inputmode", "email");
        field.getElement().setAttribute("spellcheck", "false");
        field.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.NONE);
        return field;
    }

    static PasswordField currentPassword(String id) {
        return password(id, Autocomplete.CURRENT_PASSWORD);
    }

    static PasswordField newPassword(String id) {
        return password(id, Autocomplete.NEW_PASSWORD);
    }

    private static PasswordField password(String id, Autocomplete autocomplete) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAutocomplete(autocomplete);
        // The component's own show-password button has an English-only label; hidden until it can be translated.
        field.setRevealButtonVisible(false);
        return field;
    }
}
