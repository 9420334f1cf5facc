package scot.sds.portal.access;

import scot.sds.portal.shared.upload.UploadType;

/** The kinds of document accepted as evidence of a legal authority, as the upload check found them. */
public enum EvidenceType {
    PDF(UploadType.PDF),
    PNG(UploadType.PNG),
    JPEG(UploadType.JPEG);

    private final UploadType uploadType;

    EvidenceType(UploadType uploadType) {
        this.uploadType = uploadType;
    }

    /** The media type the document is served as, from its checked content. */
    public String mediaType() {
        return uploadType.mediaType();
    }

    /** The file name ending the document is downloaded with. */
    public String extension() {
        return uploadType.extension();
    }

    static EvidenceType of(UploadType type) {
        return valueOf(type.name());
    }
}
