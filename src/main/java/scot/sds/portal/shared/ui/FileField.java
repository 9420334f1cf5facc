package scot.sds.portal.shared.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scot.sds.portal.shared.upload.UploadPurpose;
import scot.sds.portal.shared.upload.UploadValidator;

/**
 * One file, held in memory until the form is sent, such as a copy of a power of attorney or a directory file. The
 * upload component's own progress is not announced to screen readers, so a status line says what arrived.
 */
public class FileField extends CustomField<byte[]> implements LocaleChangeObserver {

    private final Upload upload = new Upload();
    private final Paragraph status = new Paragraph();
    private byte[] content;
    private String fileName;

    /**
     * A field taking one file for the purpose. The browser is told the size and types as a courtesy to the person
     * choosing the file; the service checks the file itself with the same {@link UploadValidator}.
     */
    public FileField(String id, UploadValidator uploads, UploadPurpose purpose) {
        setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(uploads.maximumBytes(purpose));
        upload.setAcceptedFileTypes(purpose.types().stream()
                .flatMap(type -> Stream.of(type.mediaType(), "." + type.extension())).toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            content = bytes;
            fileName = metadata.fileName();
            announce();
            updateValue();
        }))));
        upload.addFileRemovedListener(removed -> {
            content = null;
            fileName = null;
            announce();
            updateValue();
        });
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("upload-status");
        add(upload, status);
    }

    /** The name of the file received, or {@code null}. */
    public String fileName() {
        return fileName;
    }

    @Override
    protected byte[] generateModelValue() {
        return content;
    }

    /** Setting no file, as {@code clear()} does, empties the upload's list too, ready for the next file. */
    @Override
    protected void setPresentationValue(byte[] newContent) {
        content = newContent;
        if (newContent == null) {
            upload.clearFileList();
            fileName = null;
            announce();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("drop")).setMany(t("drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("add")).setMany(t("add")));
        i18n.setFile(new UploadI18N.File().setRemove(t("remove")).setRetry(t("retry")).setStart(t("start")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t("too-many")).setFileIsTooBig(t("too-big"))
                .setIncorrectFileType(t("wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t("connecting")).setStalled(t("stalled"))
                        .setProcessing(t("processing")).setHeld(t("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t("remaining"))
                        .setUnknown(t("remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t("server-unavailable"))
                        .setUnexpectedServerError(t("server-error")).setForbidden(t("server-error"))
                        .setFileTooLarge(t("too-big"))));
        i18n.setUnits(List.of(t("unit-bytes"), t("unit-kb"), t("unit-mb"), t("unit-gb"), t("unit-tb")));
        upload.setI18n(i18n);
        announce();
    }

    private void announce() {
        status.setText(fileName == null ? "" : getTranslation("form.upload.received", Map.of("name", fileName)));
    }

    private String t(String key) {
        return getTranslation("form.upload." + key);
    }
}
