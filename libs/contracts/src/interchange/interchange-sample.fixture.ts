/**
 * The cycle file printed in INTERCHANGE.md, verbatim: the contract's own example must always be accepted
 * (its "…" placeholders are ordinary text).
 */
export const INTERCHANGE_SAMPLE = String.raw`{
  "format": "par-interchange/1",
  "cycle": {
    "id": "demo-2025", "year": 2025, "title": "Chỉ số CCHC năm 2025", "evaluator": "ubnd-tinh-demo",
    "thresholds": [
      { "class": "XUAT_SAC",   "label": "Xuất sắc",   "minIndex": 90 },
      { "class": "TOT",        "label": "Tốt",        "minIndex": 80 },
      { "class": "KHA",        "label": "Khá",        "minIndex": 65 },
      { "class": "TRUNG_BINH", "label": "Trung bình", "minIndex": 50 },
      { "class": "YEU",        "label": "Yếu",        "minIndex": 0 }
    ]
  },
  "criteriaSets": [
    { "id": "set-departments", "criteria": [
      { "code": "1", "title": "Công tác chỉ đạo, điều hành CCHC", "children": [
        { "code": "1.1", "title": "Kế hoạch CCHC năm", "maxPoints": 1,
          "method": { "kind": "manual", "step": 0.25 }, "source": "self" },
        { "code": "1.2", "title": "Tỷ lệ nhiệm vụ hoàn thành đúng hạn", "maxPoints": 2,
          "method": { "kind": "bands", "bands": [ { "minRatio": 1, "points": 2 }, { "minRatio": 0.95, "points": 1 } ] },
          "source": "self" },
        { "code": "1.3", "title": "Điều tra xã hội học", "maxPoints": 2.5,
          "method": { "kind": "manual", "step": 0.01 }, "source": "survey" }
      ] } ] }
  ],
  "groups": [ { "id": "departments", "name": "Sở, ban, ngành", "criteriaSet": "set-departments",
                "thresholds": null } ],
  "units": [ { "id": "so-tu-phap", "name": "Sở Tư pháp", "group": "departments", "parent": null } ],
  "selfAssessments": [
    { "unit": "so-tu-phap", "submittedBy": "nguyen.van.a",
      "scores": [ { "criterion": "1.1", "points": 1, "note": "…",
                    "evidence": [ { "title": "Kế hoạch 12/KH-STP", "documentNo": "12/KH-STP", "date": "2025-01-10" } ] } ] }
  ],
  "appraisals": [
    { "unit": "so-tu-phap", "appraiser": "tran.thi.b",
      "scores": [ { "criterion": "1.1", "points": 0.75, "reason": "Kế hoạch ban hành muộn 5 ngày" },
                  { "criterion": "1.2", "applicable": false, "reason": "Không có nhiệm vụ được giao" } ],
      "bonus":      [ { "points": 0.5, "reason": "Sáng kiến cấp tỉnh" } ],
      "deductions": [ { "points": 0.5, "reason": "01 công chức bị kỷ luật" } ],
      "explanations": [ { "criterion": "1.1", "text": "…", "decision": "changed", "points": 1, "reason": "…" } ],
      "final": true }
  ]
}`;
