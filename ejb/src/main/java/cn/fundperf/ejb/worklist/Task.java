package cn.fundperf.ejb.worklist;

import java.io.Serializable;

/** Something waiting for the user: what (a message key), how many, and the screen where it is done. */
public record Task(String key, long count, String outcome) implements Serializable {

    public String getKey() { return key; }
    public long getCount() { return count; }
    public String getOutcome() { return outcome; }
}
