# Dòng lệnh: rasoat assess / compare / check / standards.
cli-help-about = Tập huấn rà soát hộ nghèo, hộ cận nghèo: xếp loại hộ theo chuẩn nghèo đa chiều và giải thích từng bước. Chạy không có tham số để mở ứng dụng.
cli-help-lang = Ngôn ngữ hiển thị: vi (tiếng Việt) hoặc en (tiếng Anh)
cli-help-standards = Thư mục chứa các tệp chuẩn (*.toml) đã chỉnh sửa, dùng thay cho các chuẩn có sẵn
cli-help-assess = Xếp loại một hộ và giải thích từng chỉ số
cli-help-assess-standard = Chuẩn áp dụng (mặc định: chuẩn của năm rà soát trong tệp)
cli-help-json = In kết quả dạng JSON
cli-help-file = Tệp hộ gia đình (.toml)
cli-help-compare = So sánh một hộ theo hai chuẩn và giải thích điểm khác
cli-help-compare-from = Chuẩn cũ (mặc định: chuẩn liền trước chuẩn mới)
cli-help-compare-to = Chuẩn mới (mặc định: chuẩn của năm rà soát trong tệp)
cli-help-check = Kiểm tra các tệp hoặc thư mục (kiểm tra cả thư mục con)
cli-help-coverage = In bảng độ phủ: mỗi chỉ số có bao nhiêu tình huống thiếu hụt và không thiếu hụt, mỗi loại hộ có bao nhiêu tình huống
cli-help-paths = Tệp hoặc thư mục cần kiểm tra
cli-help-standards-cmd = Liệt kê các chuẩn và nguồn gốc của từng chỉ số
cli-help-standards-procedure = In quy trình rà soát của một chuẩn (mã chuẩn, ví dụ 2022-2025): các bước, thành phần, thời hạn, kèm nguồn và mức xác thực

cli-help-report = Tổng hợp các tệp kết quả của học viên: điểm, chỉ số hay sai, theo xã và huyện
cli-help-report-dir = Thư mục (hoặc tệp) kết quả .json
cli-help-report-csv = Ghi thêm bảng tính CSV (mở được bằng Excel)
cli-help-report-scenarios = Thư mục tình huống của giảng viên (ngoài thư viện có sẵn)
cli-help-generate = Tạo các hộ luyện tập theo mã bộ đề (cùng mã bộ đề cho cùng các tệp)
cli-help-generate-seed = Mã bộ đề (số khởi tạo) (số nguyên); được ghi vào từng tệp
cli-help-generate-count = Số hộ cần tạo
cli-help-generate-standard = Chuẩn áp dụng (mặc định: 2022-2025)
cli-help-generate-focus = Trọng tâm: any (tùy ý), boundary (sát chuẩn thu nhập, 2–3 thiếu hụt), employment, dependents hoặc mã một chỉ số
cli-help-generate-out = Thư mục ghi tệp (mặc định: generated-<mã bộ đề>)
cli-clap-options-placeholder = [TÙY-CHỌN]
cli-clap-command-placeholder = [LỆNH]
cli-value-count = SỐ-HỘ
cli-value-dir = THƯ-MỤC
cli-value-file = TỆP
cli-value-focus = TRỌNG-TÂM
cli-value-id = MÃ-CHUẨN
cli-value-lang = NGÔN-NGỮ
cli-value-paths = ĐƯỜNG-DẪN
cli-value-seed = MÃ-BỘ-ĐỀ
cli-progress-files = tệp
cli-clap-usage = Cách dùng:
cli-clap-options = Tùy chọn
cli-clap-arguments = Tham số
cli-clap-commands = Các lệnh
cli-clap-version = In số phiên bản
cli-clap-help = In phần hướng dẫn này
cli-clap-help-command = In hướng dẫn của chương trình hoặc của một lệnh
cli-clap-error = Lỗi: { $message }
cli-clap-more = Xem hướng dẫn đầy đủ: thêm --help vào lệnh.
cli-clap-unknown-argument = không có tùy chọn “{ $arg }”
cli-clap-unknown-command = không có lệnh “{ $command }”
cli-clap-missing = thiếu tham số bắt buộc: { $args }
cli-clap-missing-command = chưa chọn lệnh
cli-clap-invalid-value = giá trị “{ $value }” của { $arg } không hợp lệ. Các giá trị được phép: { $allowed }
cli-clap-bad-value = giá trị “{ $value }” của { $arg } không hợp lệ
cli-clap-conflict = không dùng được { $arg } cùng với { $other }
cli-generate-done = Đã tạo { $count } tình huống theo chuẩn { $standard } trong “{ $dir }” (mã bộ đề { $seed }).

cli-assess-title = { $standard } — { $file }
cli-assess-class = Kết quả: { $class }
cli-assess-income = Thu nhập bình quân: { $income }/người/tháng (tổng { $total }/năm, { $members } người)
cli-assess-decided = Căn cứ: { $decision }
cli-assess-deprived-heading = Thiếu hụt { $count }/{ $total } chỉ số:
cli-assess-not-deprived-heading = Không thiếu hụt:
cli-assess-deprived-mark = [thiếu hụt]
cli-assess-ok-mark = [đạt]
cli-assess-rule = Quy định: { $rule }

cli-compare-title = So sánh chuẩn { $from } với chuẩn { $to } — { $file }
cli-compare-under = Theo { $standard }: { $class } (thiếu hụt { $count } chỉ số)
cli-compare-changes-heading = Thay đổi đối với hộ này:
cli-compare-no-changes = Không có thay đổi nào đối với hộ này.
cli-compare-rules-heading = Những thay đổi về quy định:

cli-check-ok = { $file }: hợp lệ
cli-check-village-year = { $place }: cảnh báo: hộ “{ $scenario }” là tình huống của năm rà soát { $year }, khác năm rà soát của làng ({ $village_year }); tuổi, tuổi nghỉ hưu và quy định áp dụng cho hộ này vẫn theo năm { $year }. Hãy chọn tình huống cùng năm, hoặc nếu làng cố ý gộp nhiều năm thì ghi mixed_years = true trong [village].
cli-check-summary = Đã kiểm tra { $total } tệp: { $valid } hợp lệ, { $invalid } có lỗi.

cli-standards-title = { $id } — { $name }
cli-standards-basis = Căn cứ pháp lý: { $basis }
cli-standards-years = Áp dụng mặc định cho năm rà soát { $from }–{ $to }
cli-standards-first-year = Năm rà soát { $year }: chỉ kỳ rà soát định kỳ cuối năm (lập danh sách năm { $next }) áp dụng chuẩn này; rà soát thường xuyên trong năm { $year } vẫn theo chuẩn trước
cli-standards-lines = Khu vực { $area }: chuẩn nghèo { $poverty }; { $has_near ->
        [yes] chuẩn cận nghèo { $near }
       *[no] không có chuẩn cận nghèo riêng
    } (mỗi người mỗi tháng)
cli-standards-average = Khu vực { $area }: hộ có mức sống trung bình có thu nhập đến { $upper } mỗi người mỗi tháng
cli-standards-low-income = Người lao động có thu nhập thấp: người lao động trong hộ không nghèo, không cận nghèo có thu nhập bình quân đầu người mỗi tháng đến { $rural } ở nông thôn, { $urban } ở thành thị; được xác định theo quy trình như hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình; chương trình không chấm phần này
cli-standards-average-unknown = Khu vực { $area }: mức sống trung bình: chưa có thông tin đã đối chiếu
cli-standards-procedure = Quy trình rà soát:
cli-standards-rule-income-alone = Quy tắc: thu nhập từ chuẩn nghèo trở xuống là hộ nghèo; thu nhập trên chuẩn nghèo và từ chuẩn cận nghèo trở xuống: thiếu hụt từ { $cutoff } chỉ số trở lên là hộ nghèo, dưới { $cutoff } chỉ số là hộ cận nghèo.
cli-standards-rule-income-and-deprivations = Quy tắc: thu nhập từ chuẩn nghèo trở xuống và thiếu hụt từ { $cutoff } chỉ số trở lên là hộ nghèo; thiếu hụt dưới { $cutoff } chỉ số là hộ cận nghèo.
cli-standards-provisional = Danh sách chỉ số của chuẩn này là tạm thời — chưa đối chiếu văn bản gốc.
cli-standards-indicator = [{ $tag }] { $id } — { $name } ({ $service }) — { $source }

cli-error-read = Không đọc được “{ $file }”: { $reason }
cli-error-not-utf8 = { $file }:{ $line }:{ $column }: tệp không phải văn bản UTF-8 (hãy lưu lại tệp với bảng mã UTF-8)
cli-error-not-a-file = “{ $file }” là thư mục, không phải tệp
cli-error-not-regular = “{ $file }” không phải một tệp bình thường (là ống dẫn, thiết bị…): không đọc
cli-error-not-a-folder = “{ $path }” là một tệp, không phải thư mục: chọn một thư mục (có thể chưa có) để ghi các tệp vào
cli-error-too-large = “{ $file }” lớn hơn { $mb } MB: quá lớn để là tệp của chương trình, không đọc
cli-error-unknown-standard = Không có chuẩn “{ $id }”. Các chuẩn hiện có: { $known }
cli-error-no-standard-for-year = Không có chuẩn nào áp dụng mặc định cho năm rà soát { $year }; hãy chọn bằng --standard
cli-error-no-previous = Chuẩn “{ $id }” không có chuẩn liền trước để so sánh; hãy chọn bằng --from
cli-error-no-files = Không tìm thấy tệp .toml nào trong “{ $path }”

cli-coverage-title = { $standard }: { $count } tình huống
cli-coverage-indicators-heading = Chỉ số (thiếu hụt / không thiếu hụt):
cli-coverage-indicator = { $name }: { $deprived } / { $not_deprived }
cli-coverage-classes-heading = Xếp loại:
cli-coverage-class = { $class }: { $count }
cli-error-unknown-focus = Không có trọng tâm “{ $focus }”. Các trọng tâm được phép: { $allowed }
cli-error-write = Không ghi được “{ $file }”: { $reason }
cli-error-overwrite-input = “{ $file }” là một tệp kết quả đang được tổng hợp: không ghi đè lên; hãy chọn tên khác cho bảng tính
cli-help-village = Mở làng mô phỏng: đi thăm từng hộ, hỏi và quan sát để tìm căn cứ, điền phiếu và nhận kết quả
cli-help-village-file = Tệp làng (.toml) của giảng viên
cli-help-village-builtin = Mã một làng có sẵn (xem --list)
cli-help-village-seed = Tạo một làng từ mã bộ đề (số nguyên)
cli-help-village-standard = Chuẩn áp dụng cho các hộ trong làng (mặc định: chuẩn của tệp làng)
cli-help-village-exam = Chế độ kiểm tra: ít thời gian hơn, không hiện số việc còn phải xác minh
cli-help-village-results = Tệp kết quả để ghi các chuyến thăm (mặc định: phiên đang làm trong ứng dụng)
cli-help-village-list = Liệt kê các làng có sẵn
cli-village-list-line = { $id }: { $name } — { $place } (chuẩn { $standard })
cli-error-no-graphics = Không mở được làng mô phỏng: máy chưa có trình điều khiển đồ họa (Vulkan, DirectX 12 hoặc Metal). Hãy cài trình điều khiển card màn hình rồi thử lại. Chi tiết: { $reason }
cli-error-village-program = Không chạy được { $program } để mở làng mô phỏng ({ $program } phải nằm cùng thư mục với chương trình đang chạy). Chi tiết: { $reason }
cli-error-no-village-window = Chương trình này không mở được cửa sổ làng mô phỏng.
cli-error-unknown-village = Không có làng “{ $id }”. Các làng có sẵn: { $known }
