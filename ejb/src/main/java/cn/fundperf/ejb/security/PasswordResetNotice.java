package cn.fundperf.ejb.security;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Told to a user at the login after an administrator reset the password: who reset it, and when. */
public record PasswordResetNotice(LocalDateTime resetAt, String resetByName, String resetByOrganization) implements Serializable {
}
