package scot.sds.portal.shared.upload;

import java.util.List;

/** What a file is uploaded for, and so which types it may be. */
public enum UploadPurpose {
    /** A copy of the certificate of a power of attorney or guardianship: a scan or a photo. */
    EVIDENCE(List.of(UploadType.PDF, UploadType.PNG, UploadType.JPEG)),
    /** A directory file staff import: JSON first, as JSON is text too and would pass as CSV. */
    DIRECTORY(List.of(UploadType.JSON, UploadType.CSV));

    private final List<UploadType> types;

    UploadPurpose(List<UploadType> types) {
        this.types = types;
    }

    public List<UploadType> types() {
        return types;
    }
}
