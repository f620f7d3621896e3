import { allOrNothing, bands, branch, deduction, DemoNode, manual, survey } from './demo-criteria';

/**
 * Bộ tiêu chí xác định Chỉ số CCHC của UBND các huyện, thị xã, thành phố năm 2025 (invented): 8 fields,
 * 49 leaves, 100 points of which 22.5 come from surveys (sociological survey, cross-evaluation, SIPAS).
 */
export const criteriaOfDistricts: readonly DemoNode[] = [
  branch('1', 'Công tác chỉ đạo, điều hành CCHC', [
    branch('1.1', 'Kế hoạch CCHC năm', [
      allOrNothing('1.1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 1, {
        evidence: { kind: 'KH', title: 'Kế hoạch cải cách hành chính năm 2025 của UBND huyện', month: 1 },
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
    deduction('1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ đầy đủ, đúng hạn', 1, 0.25, 1, {
      evidence: { kind: 'BC', title: 'Báo cáo CCHC quý III năm 2025', month: 9 },
      violation: 'báo cáo CCHC định kỳ gửi chậm hạn',
    }),
    manual('1.3', 'Kiểm tra CCHC đối với cơ quan chuyên môn và UBND cấp xã', 2, 0.25, {
      evidence: { kind: 'KH', title: 'Kế hoạch kiểm tra công tác CCHC năm 2025', month: 2 },
      lowered: ['Kiểm tra 4/8 xã, thị trấn theo kế hoạch', 'Chưa ban hành thông báo kết luận sau kiểm tra'],
    }),
    manual('1.4', 'Tuyên truyền CCHC', 1, 0.25, {
      evidence: { kind: 'KH', title: 'Kế hoạch tuyên truyền CCHC năm 2025', month: 2 },
      lowered: ['Chưa tuyên truyền các chỉ số PAPI, SIPAS, DGI đến thôn, tổ dân phố'],
    }),
    bands(
      '1.5',
      'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao',
      2.5,
      [
        [1, 2.5],
        [0.95, 1.25],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo kết quả thực hiện nhiệm vụ UBND tỉnh giao năm 2025', month: 11 },
        measure: 'tỷ lệ nhiệm vụ UBND tỉnh giao hoàn thành đúng hạn',
      },
    ),
    manual('1.6', 'Đổi mới, sáng tạo trong CCHC', 2, 0.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định công nhận mô hình, sáng kiến CCHC', month: 10 },
      lowered: ['Mô hình mới triển khai thí điểm tại 01 xã, chưa được đánh giá hiệu quả'],
    }),
    manual('1.7', 'Chỉ đạo, đôn đốc UBND cấp xã thực hiện CCHC', 1, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả chỉ đạo UBND cấp xã thực hiện CCHC', month: 11 },
      lowered: ['Chưa có văn bản đôn đốc UBND cấp xã khắc phục tồn tại sau kiểm tra'],
    }),
  ]),
  branch('2', 'Cải cách thể chế', [
    manual('2.1', 'Ban hành văn bản QPPL thuộc thẩm quyền theo kế hoạch', 2.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo công tác xây dựng, ban hành văn bản QPPL năm 2025', month: 11 },
      lowered: ['01 văn bản QPPL ban hành chậm so với kế hoạch', 'Chưa lấy ý kiến đối tượng chịu tác động đối với 01 dự thảo'],
    }),
    manual('2.2', 'Rà soát, hệ thống hóa văn bản QPPL', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả rà soát, hệ thống hóa văn bản QPPL', month: 6 },
      lowered: ['Chưa công bố danh mục văn bản hết hiệu lực theo quy định'],
    }),
    manual('2.3', 'Theo dõi thi hành pháp luật và kiểm tra văn bản QPPL của cấp xã', 2.5, 0.5, {
      evidence: { kind: 'KH', title: 'Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025', month: 2 },
      lowered: ['Chưa kiểm tra văn bản QPPL của UBND cấp xã theo kế hoạch'],
    }),
    survey('2.4', 'Đánh giá về chất lượng văn bản QPPL (điều tra xã hội học, điều tra chéo)', 2.5),
  ]),
  branch('3', 'Cải cách thủ tục hành chính', [
    manual('3.1', 'Rà soát, đánh giá TTHC', 1.5, 0.5, {
      evidence: { kind: 'KH', title: 'Kế hoạch rà soát, đánh giá TTHC năm 2025', month: 2 },
      lowered: ['Chưa có phương án đơn giản hóa TTHC gửi cấp có thẩm quyền'],
    }),
    deduction('3.2', 'Công khai TTHC tại Trung tâm Hành chính công huyện và UBND cấp xã', 2, 0.5, 2, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả niêm yết, công khai TTHC', month: 6 },
      violation: 'xã, thị trấn niêm yết TTHC chưa đầy đủ, kịp thời',
    }),
    bands(
      '3.3',
      'Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn',
      2.5,
      [
        [1, 2.5],
        [0.98, 1.5],
        [0.95, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình giải quyết hồ sơ TTHC cấp huyện năm 2025', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn trên hệ thống iGate',
      },
      'system',
    ),
    bands(
      '3.4',
      'Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn',
      2,
      [
        [1, 2],
        [0.95, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình giải quyết hồ sơ TTHC cấp xã năm 2025', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn trên hệ thống iGate',
      },
      'system',
    ),
    allOrNothing('3.5', 'Thực hiện xin lỗi tổ chức, cá nhân khi hồ sơ trễ hạn', 1, {
      evidence: { kind: 'BC', title: 'Báo cáo việc xin lỗi tổ chức, cá nhân đối với hồ sơ trễ hạn', month: 11 },
      lowered: ['Có hồ sơ trễ hạn nhưng chưa có văn bản xin lỗi tổ chức, cá nhân'],
    }),
    manual('3.6', 'Tiếp nhận, xử lý phản ánh, kiến nghị của tổ chức, cá nhân', 2, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả tiếp nhận, xử lý phản ánh, kiến nghị năm 2025', month: 11 },
      lowered: ['03 phản ánh, kiến nghị trả lời quá thời hạn'],
    }),
    survey('3.7', 'Chỉ số hài lòng về giải quyết TTHC (SIPAS)', 4),
  ]),
  branch('4', 'Cải cách tổ chức bộ máy hành chính nhà nước', [
    allOrNothing('4.1', 'Sắp xếp tổ chức các cơ quan chuyên môn thuộc UBND cấp huyện theo quy định', 2, {
      evidence: { kind: 'QĐ', title: 'Quyết định tổ chức lại các cơ quan chuyên môn thuộc UBND huyện', month: 3 },
      lowered: ['Chưa ban hành quy định chức năng, nhiệm vụ của 01 phòng sau sắp xếp'],
    }),
    manual('4.2', 'Quản lý, sử dụng biên chế được giao', 2, 0.5, {
      evidence: { kind: 'BC', title: 'Báo cáo tình hình quản lý, sử dụng biên chế năm 2025', month: 7 },
      lowered: ['Chưa thực hiện tinh giản biên chế theo lộ trình'],
    }),
    manual('4.3', 'Sắp xếp thôn, tổ dân phố và đơn vị hành chính cấp xã', 3, 0.5, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả sắp xếp thôn, tổ dân phố', month: 8 },
      lowered: ['Còn 02 thôn chưa đạt tiêu chuẩn về quy mô số hộ gia đình nhưng chưa có phương án sắp xếp'],
      notApplicable: 'Trên địa bàn không có thôn, tổ dân phố thuộc diện sắp xếp trong năm 2025',
    }),
    survey('4.4', 'Đánh giá về tổ chức bộ máy (điều tra xã hội học)', 2.5),
  ]),
  branch('5', 'Cải cách chế độ công vụ', [
    manual('5.1', 'Vị trí việc làm và cơ cấu ngạch công chức', 2, 0.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định phê duyệt vị trí việc làm của các cơ quan chuyên môn', month: 5 },
      lowered: ['Chưa hoàn thành điều chỉnh đề án vị trí việc làm theo hướng dẫn mới'],
    }),
    manual('5.2', 'Tuyển dụng, bố trí, sử dụng công chức, viên chức', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả tuyển dụng, bố trí công chức, viên chức', month: 9 },
      lowered: ['01 trường hợp điều động chưa đúng quy trình'],
    }),
    bands(
      '5.3',
      'Cán bộ, công chức cấp xã đạt chuẩn',
      2,
      [
        [1, 2],
        [0.95, 1.5],
        [0.9, 1],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo chất lượng đội ngũ cán bộ, công chức cấp xã', month: 6 },
        measure: 'tỷ lệ cán bộ, công chức cấp xã đạt chuẩn',
      },
    ),
    manual('5.4', 'Đào tạo, bồi dưỡng cán bộ, công chức', 1.5, 0.25, {
      evidence: { kind: 'KH', title: 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2025', month: 1 },
      lowered: ['Hoàn thành 80% kế hoạch đào tạo, bồi dưỡng'],
    }),
    deduction('5.5', 'Chấp hành kỷ luật, kỷ cương hành chính', 3, 0.5, 2, {
      evidence: { kind: 'BC', title: 'Báo cáo công tác kiểm tra công vụ năm 2025', month: 11 },
      violation: 'cán bộ, công chức bị xử lý kỷ luật',
    }),
    survey('5.6', 'Đánh giá về chế độ công vụ (điều tra xã hội học)', 4),
  ]),
  branch('6', 'Cải cách tài chính công', [
    bands(
      '6.1',
      'Thu ngân sách trên địa bàn đạt dự toán tỉnh giao',
      2.5,
      [
        [1, 2.5],
        [0.95, 1.5],
        [0.9, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình thu, chi ngân sách năm 2025', month: 11 },
        measure: 'tỷ lệ thu ngân sách so với dự toán tỉnh giao',
      },
    ),
    manual('6.2', 'Quản lý, sử dụng kinh phí và tài sản công', 2, 0.5, {
      evidence: { kind: 'QC', title: 'Quy chế chi tiêu nội bộ năm 2025', month: 2 },
      lowered: ['Chưa công khai dự toán, quyết toán ngân sách đúng thời hạn'],
    }),
    manual('6.3', 'Thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập', 1.5, 0.25, {
      evidence: { kind: 'QĐ', title: 'Quyết định giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập', month: 4 },
      lowered: ['02 đơn vị sự nghiệp chưa xây dựng phương án tự chủ tài chính'],
    }),
    bands(
      '6.4',
      'Tỷ lệ giải ngân vốn đầu tư công',
      2.5,
      [
        [1, 2.5],
        [0.9, 1.5],
        [0.8, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo tình hình giải ngân vốn đầu tư công năm 2025', month: 11 },
        measure: 'tỷ lệ giải ngân vốn đầu tư công được giao',
      },
    ),
    survey('6.5', 'Đánh giá về quản lý tài chính công (điều tra xã hội học)', 2),
  ]),
  branch('7', 'Xây dựng chính quyền điện tử, chính quyền số', [
    allOrNothing('7.1', 'Ban hành kế hoạch chuyển đổi số năm', 0.5, {
      evidence: { kind: 'KH', title: 'Kế hoạch chuyển đổi số năm 2025 của UBND huyện', month: 1 },
      lowered: ['Kế hoạch ban hành sau thời hạn hướng dẫn của tỉnh'],
    }),
    branch('7.2', 'Ứng dụng công nghệ thông tin trong xử lý công việc', [
      bands(
        '7.2.1',
        'Tỷ lệ văn bản đi được ký số',
        1,
        [
          [1, 1],
          [0.9, 0.5],
        ],
        {
          evidence: { kind: 'BC', title: 'Báo cáo kết quả ứng dụng chữ ký số năm 2025', month: 11 },
          measure: 'tỷ lệ văn bản đi được ký số trên phần mềm quản lý văn bản iDesk',
        },
        'system',
      ),
      bands(
        '7.2.2',
        'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
        1,
        [
          [1, 1],
          [0.9, 0.5],
        ],
        {
          evidence: { kind: 'BC', title: 'Báo cáo kết quả xử lý hồ sơ công việc trên môi trường mạng', month: 11 },
          measure: 'tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
        },
        'system',
      ),
    ]),
    bands(
      '7.3',
      'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
      2,
      [
        [0.8, 2],
        [0.6, 1],
        [0.4, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo số liệu hồ sơ trực tuyến trên hệ thống iGate', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
      },
      'system',
    ),
    manual('7.4', 'Thanh toán trực tuyến phí, lệ phí', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả thanh toán trực tuyến', month: 7 },
      lowered: ['Minh chứng chỉ có số liệu 6 tháng đầu năm'],
    }),
    manual('7.5', 'Số hóa hồ sơ, kết quả giải quyết TTHC', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả số hóa hồ sơ, kết quả giải quyết TTHC', month: 11 },
      lowered: ['Tỷ lệ số hóa kết quả giải quyết TTHC cấp xã chưa đạt chỉ tiêu'],
    }),
    allOrNothing('7.6', 'Áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ở cấp huyện và cấp xã', 1.5, {
      evidence: { kind: 'QĐ', title: 'Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015', month: 6 },
      lowered: ['02 xã chưa công bố lại Hệ thống quản lý chất lượng theo quy định'],
    }),
    deduction('7.7', 'Bảo đảm an toàn thông tin mạng', 1.5, 0.5, 1, {
      evidence: { kind: 'QC', title: 'Quy chế bảo đảm an toàn thông tin mạng', month: 3 },
      violation: 'sự cố mất an toàn thông tin mạng',
    }),
    survey('7.8', 'Đánh giá về chính quyền số (điều tra xã hội học)', 1.5),
  ]),
  branch('8', 'Thực hiện cơ chế một cửa, một cửa liên thông', [
    manual('8.1', 'Tổ chức, hoạt động của Trung tâm Hành chính công huyện', 3, 0.5, {
      evidence: { kind: 'QC', title: 'Quy chế tổ chức và hoạt động của Trung tâm Hành chính công huyện', month: 3 },
      lowered: [
        'Chưa bố trí đủ công chức các lĩnh vực tại Trung tâm Hành chính công',
        'Chưa thực hiện đánh giá mức độ hài lòng trên thiết bị điện tử tại quầy',
      ],
    }),
    manual('8.2', 'Bộ phận một cửa cấp xã hiện đại', 2.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả xây dựng bộ phận một cửa cấp xã hiện đại', month: 9 },
      lowered: ['03 xã chưa đạt tiêu chí bộ phận một cửa hiện đại'],
    }),
    bands(
      '8.3',
      'Cập nhật hồ sơ lên Hệ thống thông tin giải quyết TTHC tỉnh',
      2.5,
      [
        [1, 2.5],
        [0.95, 1.5],
        [0.9, 0.5],
      ],
      {
        evidence: { kind: 'BC', title: 'Báo cáo cập nhật hồ sơ trên hệ thống iGate', month: 11 },
        measure: 'tỷ lệ hồ sơ TTHC được cập nhật lên hệ thống iGate',
      },
      'system',
    ),
    manual('8.4', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 1.5, 0.25, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích', month: 10 },
      lowered: ['Tỷ lệ hồ sơ qua dịch vụ bưu chính công ích thấp hơn chỉ tiêu của tỉnh'],
    }),
    manual('8.5', 'Thực hiện liên thông TTHC (khai sinh, thường trú, bảo hiểm y tế)', 2, 0.5, {
      evidence: { kind: 'BC', title: 'Báo cáo kết quả thực hiện nhóm TTHC liên thông', month: 10 },
      lowered: ['Tỷ lệ hồ sơ liên thông giải quyết đúng hạn chưa đạt 100%'],
    }),
    survey('8.6', 'Mức độ hài lòng của người dân, tổ chức tại bộ phận một cửa (SIPAS)', 6),
  ]),
];
