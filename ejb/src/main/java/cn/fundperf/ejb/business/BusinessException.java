package cn.fundperf.ejb.business;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user can understand and act on. It carries a message-bundle key and its
 * arguments, never a text: the web layer renders it in the user's language.
 * Rolls the transaction back, so a refused use case leaves neither data nor audit row.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    public BusinessException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
