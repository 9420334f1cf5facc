package scot.sds.portal.shared.upload;

/**
 * The kinds of file the portal takes, each recognised by its content alone: never by the file's name or the type
 * the browser claims, which whoever sends the file chooses.
 */
public enum UploadType {
    PDF("application/pdf", "pdf") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, '%', 'P', 'D', 'F', '-');
        }
    },
    PNG("image/png", "png") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        }
    },
    JPEG("image/jpeg", "jpg") {
        @Override
        boolean matches(byte[] content) {
            return startsWith(content, 0xff, 0xd8, 0xff);
        }
    },
    /** JSON text: an object or a list, after any byte-order mark and white space. */
    JSON("application/json", "json") {
        @Override
        boolean matches(byte[] content) {
            int first = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
            while (first < content.length && Character.isWhitespace(content[first])) {
                first++;
            }
            return first < content.length && (content[first] == '{' || content[first] == '[') && isText(content);
        }
    },
    /** Any text: as UTF-8 or the Latin-1 of older files every byte but a control character is a character. */
    CSV("text/csv", "csv") {
        @Override
        boolean matches(byte[] content) {
            return isText(content);
        }
    };

    private static final int[] UTF8_BOM = {0xef, 0xbb, 0xbf};

    private final String mediaType;
    private final String extension;

    UploadType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name ending for this type, such as {@code pdf}. */
    public String extension() {
        return extension;
    }

    abstract boolean matches(byte[] content);

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** No NUL or other control character but tab, line feed, form feed and carriage return: no binary file. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
