package cn.fundperf.ejb.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A password hash the user had before, kept so that it cannot come back too soon. */
@Embeddable
public class PreviousPassword {

    @Column(name = "password_hash", nullable = false, length = 200)
    private String hash;

    @Column(name = "replaced_at", nullable = false)
    private LocalDateTime replacedAt;

    protected PreviousPassword() {
    }

    PreviousPassword(String hash, LocalDateTime replacedAt) {
        this.hash = hash;
        this.replacedAt = replacedAt;
    }

    public String getHash() {
        return hash;
    }

    public LocalDateTime getReplacedAt() {
        return replacedAt;
    }
}
