import { allOrNothing, bands, branch, deduction, DemoNode, manual, survey } from './demo-criteria';

/**
 * Bộ tiêu chí xác định Chỉ số CCHC của các sở, ban, ngành năm 2025 (invented, in the style of the
 * provinces' published sets): 8 fields, 44 leaves, 100 points of which 18 come from surveys.
 */
export const criteriaOfDepartments: readonly DemoNode[] = [
  branch('1', 'Công tác chỉ đạo, điều hành CCHC', [
    branch('1.1', 'Kế hoạch CCHC năm', [
      allOrNothing('1.1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 1, {
        evidence: { kind: 'KH', title: 'Kế hoạch cải cách hành chính năm 2025', month: 1 },
        lowered: ['Kế hoạch ban hành sau ngày 15/01/2025, chậm so với thời hạn quy định'],
      }),
      bands(
        '1.1.2',
        'Mức độ hoàn thành kế hoạch CCHC năm',
        2,
        [
          [1, 2],
          [0.9, 1.5],
          [0.8, 1],
        ],
        {
          evidence: { kind: 'BC', title: 'Báo cáo kết quả thực hiện kế hoạch CCHC năm 2025', month: 11 },
          measure: 'tỷ lệ nhiệm vụ trong kế hoạch CCHC hoàn thành',
        },
      ),
    ]),
    deduction('1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ đầy đủ, đúng hạn', 1.5, 0.25, 1, {
      evidence: { kind: 'BC', title: 'Báo cáo CCHC quý III năm 2025', month: 9 },
      violation: 'báo cáo CCHC định kỳ gửi chậm hạn',
    }),
    manual('1.3', 'Công tác kiểm tra, tuyên truyền CCHC', 2.5, 0.25, {
      evidence: { kind: 'KH', title: 'Kế hoạch kiểm tra và tuyên truyền CCHC năm 2025', month: 2 },
      lowered: [
        'Thực hiện kiểm tra 2/4 đơn vị trực thuộc theo kế hoạch',
        'Chưa có báo cáo kết quả khắc phục tồn tại sau kiểm tra',
        'Hình thức tuyên truyền chưa đa dạng, chỉ đăng tin trên trang thông tin điện tử',
      ],
    }),
    bands(
      '1.4',
      'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao',
      3,
      [
        [1, 3],
        [0.95, 2],
        [0.9, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao năm 2025', month: 11 },
        measure: 'tỷ lệ nhiệm vụ UBND tỉnh giao hoàn thành đúng hạn',
      },
    ),
    manual('1.5', 'Sáng kiến, giải pháp mới trong CCHC được công nhận', 2, 0.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định công nhận sáng kiến cải cách hành chính', month: 10 },
      lowered: ['Giải pháp chưa được cấp có thẩm quyền công nhận là sáng kiến', 'Sáng kiến mới được công nhận ở cấp cơ sở'],
    }),
    allOrNothing('1.6', 'Gắn kết quả CCHC với thi đua, khen thưởng và đánh giá người đứng đầu', 1, {
      evidence: { kind: 'QC', title: 'Quy chế thi đua, khen thưởng có tiêu chí về CCHC', month: 3 },
      lowered: ['Chưa đưa kết quả thực hiện CCHC vào tiêu chí bình xét thi đua, khen thưởng'],
    }),
  ]),
  branch('2', 'Cải cách thể chế', [
    bands(
      '2.1',
      'Tham mưu ban hành văn bản QPPL đúng kế hoạch',
      2.5,
      [
        [1, 2.5],
        [0.9, 1.5],
        [0.8, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo công tác xây dựng văn bản QPPL năm 2025', month: 11 },
        measure: 'tỷ lệ văn bản QPPL tham mưu ban hành đúng kế hoạch',
        notApplicable: 'Đơn vị không được giao chủ trì tham mưu văn bản QPPL trong năm 2025',
      },
    ),
    manual('2.2', 'Chất lượng văn bản QPPL tham mưu ban hành', 2, 0.5, {
      evidence: { kind: 'BC', title: 'Báo cáo tự kiểm tra văn bản QPPL năm 2025', month: 10 },
      lowered: ['01 văn bản bị Sở Tư pháp kiến nghị sửa đổi sau kiểm tra', 'Hồ sơ dự thảo thiếu báo cáo đánh giá tác động chính sách'],
      notApplicable: 'Đơn vị không được giao chủ trì tham mưu văn bản QPPL trong năm 2025',
    }),
    manual('2.3', 'Rà soát, hệ thống hóa văn bản QPPL', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả rà soát, hệ thống hóa văn bản QPPL', month: 6 },
      lowered: ['Báo cáo rà soát gửi chậm, chưa đề xuất xử lý văn bản hết hiệu lực'],
    }),
    manual('2.4', 'Theo dõi tình hình thi hành pháp luật', 1.5, 0.25, {
      evidence: { kind: 'KH', title: 'Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025', month: 2 },
      lowered: ['Chưa có báo cáo kết quả theo dõi thi hành pháp luật trong lĩnh vực được giao'],
    }),
    survey('2.5', 'Đánh giá về chất lượng văn bản QPPL (điều tra xã hội học)', 2.5),
  ]),
  branch('3', 'Cải cách thủ tục hành chính', [
    manual('3.1', 'Rà soát, đánh giá, đơn giản hóa TTHC', 2, 0.5, {
      evidence: { kind: 'KH', title: 'Kế hoạch rà soát, đánh giá TTHC năm 2025', month: 2 },
      lowered: ['Phương án đơn giản hóa chưa đạt chỉ tiêu cắt giảm thời gian giải quyết', 'Chỉ rà soát 3/5 TTHC theo kế hoạch'],
    }),
    deduction('3.2', 'Công bố, công khai TTHC đầy đủ, kịp thời', 2, 0.5, 2, {
      evidence: { kind: 'QĐ', title: 'Quyết định công bố danh mục TTHC thuộc thẩm quyền giải quyết', month: 4 },
      violation: 'TTHC công bố, công khai chậm so với quy định',
    }),
    bands(
      '3.3',
      'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
      3,
      [
        [1, 3],
        [0.98, 2],
        [0.95, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình tiếp nhận, giải quyết hồ sơ TTHC năm 2025', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC giải quyết đúng hạn theo Hệ thống thông tin giải quyết TTHC tỉnh',
      },
      'system',
    ),
    manual('3.4', 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', 3, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả tiếp nhận, xử lý phản ánh, kiến nghị năm 2025', month: 11 },
      lowered: ['02 phản ánh, kiến nghị xử lý quá thời hạn', 'Chưa công khai kết quả xử lý phản ánh, kiến nghị trên Cổng thông tin điện tử'],
    }),
    survey('3.5', 'Chỉ số hài lòng về giải quyết TTHC (SIPAS)', 4),
  ]),
  branch('4', 'Cải cách tổ chức bộ máy hành chính nhà nước', [
    allOrNothing('4.1', 'Sắp xếp, kiện toàn tổ chức bộ máy, số lượng cấp phó theo quy định', 3, {
      evidence: { kind: 'QĐ', title: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức', month: 3 },
      lowered: ['Số lượng cấp phó của 01 phòng chuyên môn vượt quy định'],
      notApplicable: 'Tổ chức bộ máy của đơn vị do bộ, ngành Trung ương quyết định',
    }),
    manual('4.2', 'Quản lý, sử dụng biên chế được giao', 2, 0.5, {
      evidence: { kind: 'BC', title: 'Báo cáo tình hình quản lý, sử dụng biên chế năm 2025', month: 7 },
      lowered: ['Chưa thực hiện tinh giản biên chế theo lộ trình', 'Số liệu biên chế báo cáo chưa khớp với số liệu của Sở Nội vụ'],
    }),
    manual('4.3', 'Thực hiện phân cấp, ủy quyền quản lý nhà nước', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo thực hiện nhiệm vụ được phân cấp, ủy quyền', month: 10 },
      lowered: ['Chưa có báo cáo đánh giá việc thực hiện nhiệm vụ được phân cấp'],
    }),
    survey('4.4', 'Đánh giá về tổ chức bộ máy (điều tra xã hội học)', 2.5),
  ]),
  branch('5', 'Cải cách chế độ công vụ', [
    manual('5.1', 'Vị trí việc làm; tuyển dụng, bố trí công chức, viên chức theo vị trí việc làm', 4, 0.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định phê duyệt vị trí việc làm và cơ cấu ngạch công chức', month: 5 },
      lowered: ['02 công chức bố trí chưa đúng vị trí việc làm được phê duyệt', 'Chưa hoàn thành điều chỉnh đề án vị trí việc làm theo hướng dẫn mới'],
    }),
    manual('5.2', 'Đánh giá, xếp loại công chức, viên chức', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả đánh giá, xếp loại công chức, viên chức', month: 1 },
      lowered: ['Đánh giá, xếp loại chưa gắn với kết quả thực hiện nhiệm vụ được giao'],
    }),
    bands(
      '5.3',
      'Đào tạo, bồi dưỡng công chức, viên chức theo kế hoạch',
      1.5,
      [
        [1, 1.5],
        [0.9, 1],
        [0.8, 0.5],
      ],
      {
        evidence: { kind: 'KH', title: 'Kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm 2025', month: 1 },
        measure: 'tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng',
      },
    ),
    deduction('5.4', 'Chấp hành kỷ luật, kỷ cương hành chính', 3, 0.5, 2, {
      evidence: { kind: 'BC', title: 'Báo cáo công tác kiểm tra công vụ năm 2025', month: 11 },
      violation: 'công chức, viên chức bị xử lý kỷ luật',
    }),
    survey('5.5', 'Đánh giá về đạo đức, văn hóa công vụ (điều tra xã hội học)', 4),
  ]),
  branch('6', 'Cải cách tài chính công', [
    manual('6.1', 'Quản lý, sử dụng kinh phí chi thường xuyên và tài sản công đúng quy định', 3.5, 0.5, {
      evidence: { kind: 'QC', title: 'Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công', month: 2 },
      lowered: ['Quy chế chi tiêu nội bộ chưa cập nhật theo quy định mới', 'Chưa công khai tình hình quản lý, sử dụng tài sản công theo quy định'],
    }),
    manual('6.2', 'Thực hiện cơ chế tự chủ tài chính tại đơn vị sự nghiệp công lập trực thuộc', 2, 0.25, {
      evidence: { kind: 'QĐ', title: 'Quyết định giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập', month: 4 },
      lowered: ['01 đơn vị sự nghiệp công lập chưa xây dựng phương án tự chủ tài chính'],
      notApplicable: 'Đơn vị không có đơn vị sự nghiệp công lập trực thuộc',
    }),
    allOrNothing('6.3', 'Thực hiện kết luận thanh tra, kiểm toán về tài chính', 1.5, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả thực hiện kết luận thanh tra, kiểm toán', month: 9 },
      lowered: ['Chưa thực hiện xong kiến nghị của Kiểm toán nhà nước khu vực'],
      notApplicable: 'Trong năm 2025 đơn vị không có cuộc thanh tra, kiểm toán về tài chính',
    }),
    bands(
      '6.4',
      'Tỷ lệ giải ngân vốn đầu tư công được giao',
      2,
      [
        [1, 2],
        [0.9, 1.5],
        [0.8, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình giải ngân vốn đầu tư công năm 2025', month: 11 },
        measure: 'tỷ lệ giải ngân vốn đầu tư công được giao',
        notApplicable: 'Đơn vị không được giao kế hoạch vốn đầu tư công năm 2025',
      },
    ),
  ]),
  branch('7', 'Xây dựng chính quyền điện tử, chính quyền số', [
    allOrNothing('7.1', 'Ban hành kế hoạch chuyển đổi số năm', 1, {
      evidence: { kind: 'KH', title: 'Kế hoạch chuyển đổi số năm 2025', month: 1 },
      lowered: ['Kế hoạch ban hành sau thời hạn hướng dẫn của Sở Khoa học và Công nghệ'],
    }),
    branch('7.2', 'Xử lý văn bản, hồ sơ công việc trên môi trường điện tử', [
      bands(
        '7.2.1',
        'Tỷ lệ văn bản đi được ký số',
        1.5,
        [
          [1, 1.5],
          [0.95, 1],
          [0.9, 0.5],
        ],
        {
          evidence: { kind: 'BC', title: 'Báo cáo kết quả ứng dụng chữ ký số năm 2025', month: 11 },
          measure: 'tỷ lệ văn bản đi được ký số trên Hệ thống quản lý văn bản và điều hành',
        },
        'system',
      ),
      bands(
        '7.2.2',
        'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
        1.5,
        [
          [1, 1.5],
          [0.95, 1],
          [0.9, 0.5],
        ],
        {
          evidence: { kind: 'BC', title: 'Báo cáo kết quả xử lý hồ sơ công việc trên môi trường mạng', month: 11 },
          measure: 'tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
        },
        'system',
      ),
    ]),
    manual('7.3', 'Cung cấp dịch vụ công trực tuyến toàn trình', 3, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả cung cấp dịch vụ công trực tuyến năm 2025', month: 10 },
      lowered: [
        'Còn 03 TTHC đủ điều kiện nhưng chưa cung cấp trực tuyến toàn trình',
        'Một số dịch vụ công trực tuyến chưa tích hợp lên Cổng Dịch vụ công quốc gia',
      ],
    }),
    bands(
      '7.4',
      'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
      2.5,
      [
        [0.8, 2.5],
        [0.6, 1.5],
        [0.4, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo số liệu hồ sơ trực tuyến từ Hệ thống thông tin giải quyết TTHC', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
      },
      'system',
    ),
    manual('7.5', 'Tỷ lệ thanh toán trực tuyến phí, lệ phí', 2, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả thanh toán trực tuyến', month: 7 },
      lowered: ['Minh chứng chỉ có số liệu 6 tháng đầu năm', 'Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh'],
      notApplicable: 'TTHC thuộc thẩm quyền của đơn vị không thu phí, lệ phí',
    }),
    bands(
      '7.6',
      'Số hóa hồ sơ, kết quả giải quyết TTHC',
      2,
      [
        [1, 2],
        [0.9, 1.5],
        [0.8, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo kết quả số hóa hồ sơ, kết quả giải quyết TTHC', month: 11 },
        measure: 'tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa',
      },
      'system',
    ),
    deduction('7.7', 'Bảo đảm an toàn thông tin mạng', 2, 0.5, 1.5, {
      evidence: { kind: 'QC', title: 'Quy chế bảo đảm an toàn thông tin mạng', month: 3 },
      violation: 'sự cố mất an toàn thông tin mạng không báo cáo kịp thời',
    }),
    allOrNothing('7.8', 'Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 2.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', month: 6 },
      lowered: ['Chưa công bố lại Hệ thống quản lý chất lượng khi có thay đổi TTHC'],
    }),
  ]),
  branch('8', 'Thực hiện cơ chế một cửa, một cửa liên thông', [
    manual('8.1', 'Đưa TTHC ra tiếp nhận và cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh', 3.5, 0.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh', month: 1 },
      lowered: ['Còn 02 TTHC chưa đưa ra tiếp nhận tại Trung tâm Phục vụ hành chính công', 'Công chức được cử chưa bảo đảm thời gian làm việc theo quy định'],
    }),
    bands(
      '8.2',
      'Cập nhật, đồng bộ hồ sơ lên Hệ thống thông tin giải quyết TTHC tỉnh',
      2,
      [
        [1, 2],
        [0.95, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo cập nhật hồ sơ trên Hệ thống thông tin giải quyết TTHC', month: 11 },
        measure: 'tỷ lệ hồ sơ được cập nhật, đồng bộ lên Hệ thống thông tin giải quyết TTHC',
      },
      'system',
    ),
    manual('8.3', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích', month: 10 },
      lowered: ['Tỷ lệ hồ sơ tiếp nhận qua dịch vụ bưu chính công ích thấp hơn chỉ tiêu của tỉnh'],
    }),
    manual('8.4', 'Thực hiện liên thông TTHC theo quy định', 1, 0.5, {
      evidence: { kind: 'QC', title: 'Quy chế phối hợp giải quyết TTHC liên thông', month: 5 },
      lowered: ['01 nhóm TTHC liên thông còn yêu cầu nộp hồ sơ giấy'],
      notApplicable: 'Đơn vị không có TTHC thực hiện liên thông',
    }),
    survey('8.5', 'Mức độ hài lòng của người dân, tổ chức tại bộ phận một cửa (SIPAS)', 5),
  ]),
];
