package cn.fundperf.ejb.review;

/** 会议纪要: a draft the recorder may still change, or final (定稿) and fixed. */
public enum MinutesStatus { DRAFT, FINAL }
