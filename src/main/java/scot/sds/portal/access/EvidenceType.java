package scot.sds.portal.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document accepted as evidence of a legal authority, recognised by their first bytes (never by
 * the file's name or the type the browser claims).
 */
public enum EvidenceType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    /** The largest document accepted: a phone photo or a scanned certificate fits well within it. */
    public static final int MAXIMUM_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final byte[] signature;

    EvidenceType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<EvidenceType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content != null && content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }
}
