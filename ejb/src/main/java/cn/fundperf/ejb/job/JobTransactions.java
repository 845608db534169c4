package cn.fundperf.ejb.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.IntSupplier;

/** Runs one chunk of a job in a transaction of its own: a later chunk's failure keeps what earlier ones did. */
@Stateless
public class JobTransactions {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int inNewTransaction(IntSupplier chunk) {
        return chunk.getAsInt();
    }
}
