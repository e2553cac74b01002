# Chung cho mọi màn hình và dòng lệnh.
language-name = Tiếng Việt
common-app-name = rasoat — tập huấn rà soát hộ nghèo, hộ cận nghèo
common-thousands-separator = .
common-decimal-mark = ,
common-money = { $amount } đồng
common-list = { $init } và { $last }
common-list-or = { $init } hoặc { $last }
common-bullet = • { $text }
common-member = { $name } ({ $age } tuổi)
common-years-months = { $months ->
        [0] { $years } tuổi
       *[other] { $years } tuổi { $months } tháng
    }
common-provisional-mark = chưa đối chiếu văn bản gốc
common-source-c = Nguồn: { $source }
common-source-s = Nguồn: { $source } — theo nguồn thứ cấp
common-source-p = Nguồn: { $source } — chưa đối chiếu văn bản gốc
common-with-source = { $text } ({ $source }).
common-with-provisional-mark = { $text } (chưa đối chiếu văn bản gốc).
common-with-secondary-mark = { $text } (theo nguồn thứ cấp).
common-working-name = { $name } (tên gọi tạm)
common-yes = Có
common-no = Không

# Lỗi trong tệp: tên tệp, dòng, cột, trường.
error-located = { $file }:{ $line }:{ $column }: { $problem }
error-located-field = { $file }:{ $line }:{ $column }: trường “{ $field }”: { $problem }
error-syntax-at = tệp không đúng cú pháp TOML tại “{ $found }” ({ $detail })
error-syntax = tệp không đúng cú pháp TOML ({ $detail })
error-unknown-key = khóa “{ $key }” không có trong định dạng (có thể gõ nhầm). Các khóa hợp lệ: { $allowed }
error-unknown-value = giá trị “{ $value }” không hợp lệ. Các giá trị được phép: { $allowed }
error-missing-field = thiếu trường bắt buộc “{ $field }”
error-wrong-type = sai kiểu giá trị ({ $detail })
error-wrong-kind = cần { $expected }, nhưng tệp ghi { $found }
kind-text = chữ trong ngoặc kép
kind-whole = số nguyên
kind-decimal = số thập phân
kind-yes-no = true hoặc false
kind-date = ngày tháng
kind-table = bảng
kind-list = danh sách trong ngoặc vuông
error-negative = { $value } là số âm; phải là số nguyên từ 0 trở lên
error-out-of-range = giá trị { $value } nằm ngoài khoảng cho phép ({ $min }–{ $max })
error-not-positive = giá trị { $value } phải lớn hơn 0
error-no-members = hộ phải có ít nhất một thành viên ([[household.members]])
error-empty = không được để trống
error-monthly-xor-annual = mỗi nguồn thu nhập phải có đúng một trong hai trường: monthly_vnd (theo tháng) hoặc annual_vnd (theo năm)
error-unsupported-format = phiên bản định dạng { $found } không được hỗ trợ; chương trình đọc tệp có format = 1
error-unknown-standard = không có chuẩn “{ $id }”. Các chuẩn hiện có: { $known }
error-duplicate = “{ $what }” bị trùng
error-duplicate-in = “{ $what }” bị trùng (đã có trong { $other })
error-unsafe-id = mã “{ $value }” không hợp lệ: chỉ dùng chữ thường không dấu a–z, chữ số và dấu gạch ngang (-), bắt đầu và kết thúc bằng chữ hoặc số, tối đa 80 ký tự
error-material-disagrees = theo bảng vật liệu của chuẩn, { $structure } bằng { $material } là { $table }, nhưng tệp ghi { $stated }
error-material-not-for-structure = bảng vật liệu của chuẩn không có { $material } cho { $structure }
structure-wall = tường
structure-frame = cột (khung)
structure-roof = mái
error-unknown-scenario = không có tình huống “{ $id }” trong thư viện (kể cả thư mục tình huống của giảng viên)
error-not-cited = không quy định nào của quy trình dẫn “{ $text }”, nên ngày hiệu lực này không áp dụng cho quy định nào; hãy ghi đúng tên văn bản như trong các trích dẫn
error-escape-not-on-list = hộ không có trong danh sách hộ nghèo, hộ cận nghèo thì không đề nghị công nhận thoát nghèo (Mẫu số 04)
