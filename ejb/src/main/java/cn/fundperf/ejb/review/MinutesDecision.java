package cn.fundperf.ejb.review;

import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The meeting's decision text on one reviewed item; its conclusion is the item's (the chair's, signed in the system). */
@Embeddable
public class MinutesDecision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "decision_text", length = 1000)
    @Text(max = 1000)
    private String text;

    protected MinutesDecision() {
    }

    MinutesDecision(ReviewItem item, String text) {
        this.itemId = item.getId();
        this.position = item.getPosition();
        this.text = text;
    }

    public long getItemId() { return itemId; }
    public int getPosition() { return position; }
    public String getText() { return text; }
}
