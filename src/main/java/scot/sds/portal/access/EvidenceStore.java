package scot.sds.portal.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps evidence documents in a folder outside the web root, each under a generated id: nothing of the
 * uploader's file name reaches the disk, and nothing here is ever served except through the staff check.
 */
@Component
class EvidenceStore {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    private final Path folder;

    EvidenceStore(@Value("${portal.evidence.dir}") Path folder) {
        this.folder = folder;
    }

    /** Stores already checked content; its new id. */
    String store(byte[] content) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(id), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence", e);
        }
        return id;
    }

    byte[] read(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not an evidence id");
        }
        try {
            return Files.readAllBytes(folder.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read evidence " + id, e);
        }
    }

    /** Removes a document for good; one already gone is no error. */
    void delete(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not an evidence id");
        }
        try {
            Files.deleteIfExists(folder.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete evidence " + id, e);
        }
    }
}
