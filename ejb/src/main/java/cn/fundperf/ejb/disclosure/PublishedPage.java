package cn.fundperf.ejb.disclosure;

import java.io.Serializable;
import java.util.List;

/** One page of the public list and how many targets the filter finds in all. */
public record PublishedPage(long total, List<PublishedRow> rows) implements Serializable {

    public long getTotal() { return total; }
    public List<PublishedRow> getRows() { return rows; }
}
