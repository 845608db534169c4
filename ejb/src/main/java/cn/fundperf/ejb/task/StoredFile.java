package cn.fundperf.ejb.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A file in the {@link FileStore}: the name the user sees, the generated name it is kept under, size and digest. */
@Embeddable
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 120)
    private String contentType;

    @Column(name = "stored_name", length = 80)
    private String storedName;

    @Column(name = "file_bytes")
    private Long bytes;

    @Column(name = "file_sha256", length = 64)
    private String sha256;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, String storedName, long bytes, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.storedName = storedName;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public String storedName() { return storedName; }
    public Long bytes() { return bytes; }
    public String sha256() { return sha256; }
}
