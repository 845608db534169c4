package cn.fundperf.ejb.review;

import cn.fundperf.ejb.validation.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A member's remark on one indicator line of the sheet (by its position and name at the time). */
@Embeddable
public class LineComment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "indicator_name", nullable = false, length = 200)
    @Text(max = 200)
    private String indicatorName;

    @Column(name = "comment_text", nullable = false, length = 1000)
    @NotNull
    @Text(max = 1000)
    private String comment;

    protected LineComment() {
    }

    public LineComment(int position, String indicatorName, String comment) {
        this.position = position;
        this.indicatorName = indicatorName;
        this.comment = comment.strip();
    }

    public int getPosition() { return position; }
    public String getIndicatorName() { return indicatorName; }
    public String getComment() { return comment; }
}
