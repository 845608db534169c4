package cn.fundperf.ejb.monitoring;

import cn.fundperf.ejb.business.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file accepted (pdf, jpg, png, xlsx, docx, zip), recognised by their
 * content, not by their name: a file is refused when its content is none of them, when its name
 * says another kind (a renamed file), or when it is cut off or broken (no PDF trailer, no image
 * end, an unreadable archive).
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ZIP("application/zip", "zip");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    private static final byte[] END_OF_ARCHIVE = {'P', 'K', 5, 6};
    private static final int ZIP_ENTRIES_READ = 10_000;
    /** An archive that expands beyond this is refused as broken: a zip bomb must not keep the server busy. */
    private static final long ZIP_EXPANDED_BYTES = 512L * 1024 * 1024;

    private final String contentType;
    private final Set<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type of a file by its content, checked against its name.
     *
     * @throws InvalidInputException monitoring.evidence.unknownType, .renamed or .broken
     */
    public static EvidenceType of(String fileName, byte[] content) {
        EvidenceType type = detect(content);
        if (type == null) {
            throw new InvalidInputException("monitoring.evidence.unknownType", fileName);
        }
        String extension = extension(fileName);
        if (!type.extensions.contains(extension)) {
            throw new InvalidInputException("monitoring.evidence.renamed", fileName, type.extensions.iterator().next());
        }
        if (!type.isWhole(content)) {
            throw new InvalidInputException("monitoring.evidence.broken", fileName);
        }
        return type;
    }

    private static EvidenceType detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return JPEG;
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            Set<String> names = zipEntries(content);
            if (names == null) {
                return ZIP;   // judged broken below
            }
            if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
                return XLSX;
            }
            if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
                return DOCX;
            }
            return ZIP;
        }
        return null;
    }

    private boolean isWhole(byte[] content) {
        return switch (this) {
            case PDF -> tail(content, 1024).contains("%%EOF");
            case JPEG -> content.length > 4 && (content[content.length - 2] & 0xff) == 0xff && (content[content.length - 1] & 0xff) == 0xd9
                    || endsWithAfterTrim(content);
            case PNG -> indexOf(content, PNG_END, Math.max(0, content.length - 64)) >= 0;
            // the central directory closes an archive: a file cut between two entries still reads, but lacks it
            case XLSX, DOCX, ZIP -> indexOf(content, END_OF_ARCHIVE, Math.max(0, content.length - 65_557)) >= 0 && zipEntries(content) != null;
        };
    }

    /** Some cameras pad a JPEG after its end marker with zeros. */
    private static boolean endsWithAfterTrim(byte[] content) {
        int end = content.length;
        while (end > 2 && content[end - 1] == 0) {
            end--;
        }
        return end < content.length && (content[end - 2] & 0xff) == 0xff && (content[end - 1] & 0xff) == 0xd9;
    }

    /** The names in an archive, or null when it cannot be read to its end. */
    private static Set<String> zipEntries(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            long expanded = 0;
            while ((entry = zip.getNextEntry()) != null && names.size() < ZIP_ENTRIES_READ) {
                names.add(entry.getName());
                int read;
                while ((read = zip.read(buffer)) >= 0) {   // read through: a cut-off entry fails here
                    expanded += read;
                    if (expanded > ZIP_EXPANDED_BYTES) {
                        return null;
                    }
                }
            }
            return names.isEmpty() ? null : names;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tail(byte[] content, int length) {
        int from = Math.max(0, content.length - length);
        return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] content, byte[] part, int from) {
        outer:
        for (int i = from; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
