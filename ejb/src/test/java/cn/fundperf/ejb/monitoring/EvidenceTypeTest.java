package cn.fundperf.ejb.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.fundperf.ejb.business.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, (byte) 0xff, (byte) 0xd9};

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).repeat(50).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> EvidenceType.of(name, content)).getKey();
    }

    @Test
    void each_accepted_kind_is_recognised_by_its_content() throws IOException {
        assertEquals(EvidenceType.PDF, EvidenceType.of("验收报告.pdf", PDF));
        assertEquals(EvidenceType.PNG, EvidenceType.of("现场照片.PNG", PNG));
        assertEquals(EvidenceType.JPEG, EvidenceType.of("现场照片.jpeg", JPEG));
        assertEquals(EvidenceType.XLSX, EvidenceType.of("台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")));
        assertEquals(EvidenceType.DOCX, EvidenceType.of("说明.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(EvidenceType.ZIP, EvidenceType.of("照片.zip", zip("1.jpg", "2.jpg")));
    }

    @Test
    void a_renamed_file_is_refused_saying_what_it_really_is() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> EvidenceType.of("验收报告.pdf", PNG));
        assertEquals("monitoring.evidence.renamed", refused.getKey());
        assertEquals("png", refused.getArguments().get(1));
    }

    @Test
    void an_executable_or_text_is_no_evidence_whatever_its_name() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals("monitoring.evidence.unknownType", refusal("照片.jpg", exe));
        assertEquals("monitoring.evidence.unknownType", refusal("说明.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_cut_off_file_is_refused_as_broken() throws IOException {
        assertEquals("monitoring.evidence.broken", refusal("验收报告.pdf", Arrays.copyOf(PDF, 20)));
        assertEquals("monitoring.evidence.broken", refusal("照片.png", Arrays.copyOf(PNG, 12)));
        assertEquals("monitoring.evidence.broken", refusal("照片.jpg", Arrays.copyOf(JPEG, 8)));
        byte[] workbook = zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertEquals("monitoring.evidence.broken", refusal("台账.zip", Arrays.copyOf(workbook, workbook.length / 2)));
    }
}
