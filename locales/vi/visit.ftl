# Chuyến khảo sát hộ: câu hỏi, việc quan sát, lời hộ gia đình trả lời, sổ ghi chép và phần căn cứ.

## Nhóm câu hỏi, theo thứ tự rà soát viên thường làm
visit-group-members = Thành viên
visit-group-work = Việc làm và hợp đồng
visit-group-learning = Học tập
visit-group-health = Bảo hiểm y tế và giấy tờ
visit-group-disability = Khuyết tật và trợ cấp
visit-group-nutrition = Dinh dưỡng trẻ em
visit-group-income = Thu nhập từng nguồn
visit-group-telecom = Điện thoại và internet
visit-group-housing = Nhà ở
visit-group-water = Nước và nhà tiêu
visit-group-waste = Rác thải

## Câu hỏi và việc quan sát
visit-action-ask-members = Hỏi: nhà mình có mấy người, tên, tuổi từng người?
visit-action-look-residence = Xem giấy tờ về nhân khẩu: sổ hộ khẩu (dùng đến hết năm 2022), hoặc CCCD và thông tin cư trú trên VNeID
visit-action-ask-work = Hỏi: từng người làm gì, có hợp đồng lao động không?
visit-action-look-labour-contract = Xem hợp đồng lao động của người làm công ăn lương
visit-action-look-social-insurance-book = Xem sổ bảo hiểm xã hội (sổ BHXH; nay có thể xem trên ứng dụng VssID)
visit-action-ask-education = Hỏi: từng người học hết lớp mấy, có bằng nghề không?
visit-action-look-diplomas = Xem bằng tốt nghiệp, chứng chỉ nghề của những người từ 15 tuổi
visit-action-ask-schooling = Hỏi: các cháu có đi học không, học lớp mấy?
visit-action-ask-insurance = Hỏi: mọi người có thẻ bảo hiểm y tế không?
visit-action-look-cards = Xem thẻ BHYT của từng người
visit-action-ask-sickness = Hỏi: năm qua có ai ốm mà không đi khám chữa bệnh không?
visit-action-ask-disability = Hỏi: có ai khuyết tật, có ai nhận trợ cấp hằng tháng không?
visit-action-look-disability-certificate = Xem giấy xác nhận khuyết tật
visit-action-look-allowance-decision = Xem quyết định hưởng trợ cấp xã hội hằng tháng
visit-action-ask-nutrition = Hỏi trạm y tế / cộng tác viên dinh dưỡng: các cháu nhỏ có bị suy dinh dưỡng không?
visit-action-look-growth-book = Xem Sổ theo dõi sức khỏe bà mẹ và trẻ em
visit-action-ask-income-work = Hỏi: thu nhập từ tiền lương, tiền công, buôn bán?
visit-action-ask-income-farm = Hỏi: thu nhập từ trồng trọt, chăn nuôi, rừng, thủy sản, làm muối?
visit-action-ask-income-support = Hỏi: lương hưu, trợ cấp và các khoản khác?
visit-action-ask-relatives-away = Hỏi: có người thân đi làm xa gửi tiền về không?
visit-action-ask-phone = Hỏi: ai dùng điện thoại, internet?
visit-action-ask-information = Hỏi: nhà có ti vi, radio, máy tính không, có nghe được loa truyền thanh không?
visit-action-look-structure = Nhìn tường, cột, mái nhà
visit-action-ask-floor-area = Hỏi nhà rộng bao nhiêu mét vuông, rồi ước hoặc đo diện tích ở
visit-action-ask-water = Hỏi: nước sinh hoạt lấy ở đâu?
visit-action-look-water = Xem nguồn nước
visit-action-ask-latrine = Hỏi: nhà dùng nhà tiêu loại gì?
visit-action-look-latrine = Xem nhà tiêu
visit-action-ask-waste = Hỏi: rác nhà mình xử lý thế nào?
visit-action-look-yard = Nhìn quanh sân, vườn (rác, ăng-ten)

## Lời hộ gia đình
visit-greeting = Chào cán bộ, mời vào nhà! Tôi là { $name }. Nhà tôi chủ yếu làm { $livelihood }.
visit-member = { $name }, { $age } tuổi, { $sex }
visit-answer-roster = Nhà tôi có { $count } người:
visit-look-roster = Giấy tờ ghi hộ có { $count } người:
visit-look-roster-note = (Giấy tờ chỉ để đối chiếu: thành viên hộ là những người cùng ăn, cùng ở; hỏi lại khi giấy tờ và thực tế khác nhau.)
visit-look-member = { $name }, { $age } tuổi{ $months ->
        [0] {""}
       *[other] {" "}{ $months } tháng
    }, { $sex }
visit-answer-work = { $name }: { $work }.
visit-look-labour-contract = { $work ->
        [wage_with_contract] Hợp đồng lao động của { $name } đang còn hiệu lực.
       *[other] { $name } làm công ăn lương nhưng không có hợp đồng lao động.
    }
visit-look-labour-contract-none = Không ai trong nhà làm công ăn lương, nên không có hợp đồng lao động để xem.
visit-look-social-insurance-book = Sổ BHXH của { $name } ghi đang làm việc theo hợp đồng lao động.
visit-look-social-insurance-book-none = Không ai trong nhà có sổ BHXH ghi đang làm việc theo hợp đồng lao động.
visit-answer-education = { $name }: { $level ->
        [none] chưa học hết tiểu học
       *[other] học hết { $education }
    }{ $has_extra ->
        [yes] , { $extra }
       *[no] {""}
    }.
visit-look-education = Bằng cấp của { $name }: { $level ->
        [none] chưa có bằng tốt nghiệp tiểu học
       *[other] tốt nghiệp { $education }
    }{ $has_extra ->
        [yes] , { $extra }
       *[no] {""}
    }.
visit-answer-vocational = có chứng chỉ nghề
visit-answer-on-the-job = được đào tạo nghề tại nơi làm việc, có xác nhận
visit-answer-schooling = { $name } ({ $age } tuổi): { $schooling }.
visit-answer-card-yes = { $name } có thẻ bảo hiểm y tế.
visit-answer-card-no = { $name } không có thẻ bảo hiểm y tế.
visit-look-card-yes = Thẻ BHYT của { $name } còn hạn.
visit-look-card-no = { $name } không có thẻ BHYT còn hạn.
visit-answer-sick-none = Năm qua ai ốm cũng đi khám, không ai ốm mà bỏ chữa.
visit-answer-sick = { $names } bị ốm nằm một chỗ mà không đi khám chữa bệnh.
visit-answer-disability = { $name }: { $disability }.
visit-answer-disability-none = Nhà không có ai khuyết tật.
visit-look-disability = Giấy xác nhận khuyết tật của { $name } ghi mức độ: { $disability }.
visit-look-disability-none = Nhà không có ai có giấy xác nhận khuyết tật.
visit-answer-allowance = { $names } đang nhận trợ cấp xã hội hằng tháng.
visit-answer-allowance-none = Không ai trong nhà nhận trợ cấp xã hội hằng tháng.
visit-look-allowance = Có quyết định hưởng trợ cấp xã hội hằng tháng: { $names }.
visit-look-allowance-none = Nhà không có ai có quyết định hưởng trợ cấp xã hội hằng tháng.
visit-answer-nutrition = Trạm y tế cho biết cháu { $name } ({ $age } tuổi): { $nutrition }.
visit-look-growth = Sổ theo dõi sức khỏe bà mẹ và trẻ em của cháu { $name } ({ $age } tuổi) ghi: { $nutrition }.
visit-answer-no-children = Nhà không có trẻ nhỏ.
visit-answer-telecom = { $name } dùng { $uses }.
visit-answer-telecom-none = Không ai trong nhà dùng điện thoại hay internet.
visit-answer-income = Thu từ { $source }: { $amount }.
visit-answer-income-none = Nhà không có khoản thu này.
visit-amount-month = { $amount } một tháng
visit-amount-year = { $amount } một năm
visit-answer-livelihood = Nghề chính của nhà: { $livelihood }.
visit-look-wall = Tường: { $material }.
visit-look-frame = Cột, khung nhà: { $material }.
visit-look-roof = Mái: { $material }.
visit-answer-floor-area = Diện tích ở khoảng { $area } m².
visit-answer-water = Nước sinh hoạt: { $water }.
visit-look-water = Anh/chị ra xem: nguồn nước là { $water }.
visit-answer-latrine = Nhà tiêu: { $latrine }.
visit-look-latrine = Anh/chị ra xem: nhà tiêu là { $latrine }.
visit-answer-info = Nhà có { $means }.
visit-answer-info-none = Nhà không có ti vi, radio hay máy tính.
visit-answer-loudspeaker-yes = Ở nhà nghe được loa truyền thanh của xã, thôn.
visit-answer-loudspeaker-no = Ở nhà không nghe được loa truyền thanh.
visit-look-antenna = Trên mái có ăng-ten ti vi.
visit-look-antenna-none = Không thấy ăng-ten ti vi.
visit-answer-waste = Rác { $waste }.
visit-look-waste = Quanh nhà: rác { $waste }.
visit-answer-nothing = Hộ không nói thêm điều gì.

## Tên các dữ kiện (cho phần căn cứ)
visit-fact-roster = danh sách thành viên và tuổi
visit-fact-work = việc làm, hợp đồng của { $name }
visit-fact-disability = khuyết tật của { $name }
visit-fact-allowance = trợ cấp hằng tháng của { $name }
visit-fact-health-insurance = thẻ BHYT của { $name }
visit-fact-sickness = ốm đau, khám chữa bệnh của { $name }
visit-fact-education = trình độ học vấn của { $name }
visit-fact-schooling = việc đi học của { $name }
visit-fact-nutrition = dinh dưỡng của cháu { $name }
visit-fact-telecom = điện thoại, internet của { $name }
visit-fact-income = khoản thu: { $source }
visit-fact-wall = vật liệu tường
visit-fact-frame = vật liệu cột
visit-fact-roof = vật liệu mái
visit-fact-floor-area = diện tích nhà
visit-fact-water = nguồn nước
visit-fact-latrine = nhà tiêu
visit-fact-info-means = phương tiện (tài sản) tiếp cận thông tin
visit-fact-loudspeaker = loa truyền thanh
visit-fact-waste = rác thải
visit-fact-livelihood = nghề chính của hộ
visit-source-greeting = lời chào của hộ
visit-field-income = Thu nhập bình quân đầu người

## Phần căn cứ
visit-evidence-supported = { $field }: đúng, có căn cứ (từ: { $sources }).
visit-evidence-unsupported = { $field }: đúng nhưng chưa có căn cứ — chưa xác minh { $missing }.
visit-evidence-wrong-seen = { $field }: chưa đúng, dù đã có đủ căn cứ (từ: { $sources }).
visit-evidence-wrong-unseen = { $field }: chưa đúng — chưa xác minh { $missing }.
visit-pivotal = Dữ kiện quyết định: { $fact }. Thiếu nó, hộ sẽ bị xếp là { $class }. Hỏi hoặc xem: { $actions }.

## Tên ngắn của câu hỏi, việc quan sát (ghi căn cứ trên phiếu)
visit-short-ask-members = hỏi thành viên
visit-short-look-residence = xem giấy tờ về nhân khẩu
visit-short-ask-work = hỏi việc làm
visit-short-look-labour-contract = xem hợp đồng lao động
visit-short-look-social-insurance-book = xem sổ BHXH
visit-short-ask-education = hỏi học vấn
visit-short-ask-schooling = hỏi việc đi học
visit-short-ask-insurance = hỏi thẻ BHYT
visit-short-look-cards = xem thẻ BHYT
visit-short-ask-sickness = hỏi ốm đau
visit-short-ask-disability = hỏi khuyết tật, trợ cấp
visit-short-look-disability-certificate = xem giấy xác nhận khuyết tật
visit-short-look-allowance-decision = xem quyết định hưởng trợ cấp
visit-short-look-diplomas = xem bằng cấp, chứng chỉ
visit-short-ask-nutrition = hỏi trạm y tế về dinh dưỡng
visit-short-look-growth-book = xem sổ sức khỏe bà mẹ và trẻ em
visit-short-ask-income-work = hỏi thu nhập lương, buôn bán
visit-short-ask-income-farm = hỏi thu nhập nông, lâm, ngư nghiệp
visit-short-ask-income-support = hỏi lương hưu, trợ cấp
visit-short-ask-relatives-away = hỏi người thân đi làm xa
visit-short-ask-phone = hỏi điện thoại, internet
visit-short-ask-information = hỏi ti vi, radio, loa
visit-short-look-structure = nhìn tường, cột, mái
visit-short-ask-floor-area = hỏi, ước/đo diện tích ở
visit-short-ask-water = hỏi nguồn nước
visit-short-look-water = xem nguồn nước
visit-short-ask-latrine = hỏi nhà tiêu
visit-short-look-latrine = xem nhà tiêu
visit-short-ask-waste = hỏi rác thải
visit-short-look-yard = nhìn quanh sân
visit-fact-income-complete = đủ mọi nguồn thu
