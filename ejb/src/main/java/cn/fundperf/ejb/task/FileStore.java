package cn.fundperf.ejb.task;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        String storedName = UUID.randomUUID().toString().replace("-", "");
        Path target = directory.resolve(storedName);
        try {
            Path partial = directory.resolve(storedName + ".part");
            Files.write(partial, content, StandardOpenOption.CREATE_NEW);
            Files.move(partial, target);   // a reader never sees half a file
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + fileName, e);
        }
        return new StoredFile(fileName, contentType, storedName, content.length, sha256(content));
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
