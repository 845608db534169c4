package cn.fundperf.ejb.task;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files the application makes or receives, kept outside the web root under generated names
 * ({@code fundperf.files.directory}); the name a user sees is only ever a label. On a cluster the
 * directory must be shared storage.
 */
@ApplicationScoped
public class FileStore {

    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{32}");

    @Inject
    @ConfigProperty(name = "fundperf.files.directory", defaultValue = "fundperf-data/files")
    String directorySetting;

    private Path directory;

    @PostConstruct
    void open() {
        directory = Path.of(directorySetting).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("The file store " + directory + " cannot be created", e);
        }
    }

    public StoredFile store(String fileName, String contentType, byte[] content) {
        return store(fileName, contentType, out -> out.write(content));
    }

    /** What writes a file's content, straight to the store: nothing needs to hold the whole file in memory. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Stores what the content writes, with its size and SHA-256 counted on the way. */
    public StoredFile store(String fileName, String contentType, Content content) {
        String storedName = UUID.randomUUID().toString().replace("-", "");
        Path target = directory.resolve(storedName);
        Path partial = directory.resolve(storedName + ".part");
        MessageDigest digest = sha256();
        try {
            long size;
            try (CountingOutputStream out = new CountingOutputStream(new DigestOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)), digest))) {
                content.writeTo(out);
                size = out.count;
            }
            Files.move(partial, target);   // a reader never sees half a file
            return new StoredFile(fileName, contentType, storedName, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the nightly cleanup removes what is left
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("Cannot store " + fileName, (IOException) e);
        }
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    public InputStream open(StoredFile file) {
        try {
            return Files.newInputStream(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + file.storedName() + " is missing", e);
        }
    }

    public void delete(StoredFile file) {
        try {
            Files.deleteIfExists(path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(StoredFile file) {
        // only names this store generated: nothing from outside can point elsewhere
        if (file.storedName() == null || !GENERATED.matcher(file.storedName()).matches()) {
            throw new IllegalArgumentException("Not a stored file name: " + file.storedName());
        }
        return directory.resolve(file.storedName());
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
