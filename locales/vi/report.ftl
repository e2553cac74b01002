# Tổng hợp kết quả (dòng lệnh rasoat report và màn hình Tổng hợp kết quả).
report-title = Tổng hợp { $files } tệp kết quả, { $answers } bài làm được chấm.
report-trainees-heading = Học viên (điểm trung bình, số tình huống, thời gian):
report-trainee-line = { $place } / { $name }: { $percent }% ({ $done } tình huống, { $minutes } phút)
report-indicators-heading = Các chỉ số, từ chỗ sai nhiều nhất (bỏ sót thiếu hụt / đánh dấu thừa):
report-indicator-line = { $name } ({ $standard }): bỏ sót { $missed }/{ $deprived }, đánh dấu thừa { $false }/{ $not_deprived }
report-scenarios-heading = Các tình huống (đúng hoàn toàn / xếp loại đúng / số bài):
report-scenario-line = { $title }: { $fully } / { $class } / { $answered }
report-communes-heading = Theo xã, phường:
report-districts-heading = Theo huyện, quận (học viên có ghi huyện):
report-provinces-heading = Theo tỉnh, thành phố:
report-place-line = { $place }: { $percent }% ({ $trainees } học viên)
report-flagged-heading = Bài không chấm được:
report-flag-changed = { $file }: { $trainee }, tình huống “{ $scenario }” đã bị sửa sau khi làm bài (thông tin của hộ hoặc quy định của chuẩn thay đổi)
report-flag-unknown = { $file }: { $trainee }, không tìm thấy tình huống “{ $scenario }”
report-flag-duplicate = { $file }: { $trainee }, tình huống “{ $scenario }” có thêm một bài làm trong cùng tệp: chỉ bài đầu tiên được chấm
report-csv-written = Đã ghi bảng tính “{ $file }”.
report-csv-province = Tỉnh
report-csv-district = Huyện
report-csv-commune = Xã
report-csv-trainee = Học viên
report-csv-session = Buổi học
report-csv-scenario = Tình huống
report-csv-standard = Chuẩn
report-csv-points = Điểm
report-csv-max = Điểm tối đa
report-csv-class-given = Xếp loại của học viên
report-csv-class-correct = Xếp loại đúng
report-csv-income-given = Thu nhập học viên tính
report-csv-income-correct = Thu nhập đúng
report-csv-missed = Chỉ số bỏ sót
report-csv-false = Chỉ số đánh dấu thừa
report-csv-seconds = Số giây
report-csv-tries = Số lần nộp
report-visits-heading = Khảo sát thực địa trong làng mô phỏng:
report-visit-line = { $place } — { $name }: { $village }, hộ { $home }: { $points }/{ $max } điểm, { $questions } câu hỏi, { $unsupported } mục đúng nhưng chưa có căn cứ
report-forgotten-heading = Câu hỏi, việc quan sát hay bị bỏ sót (số chuyến thăm bỏ sót / số chuyến thăm):
report-forgotten-line = { $action }: { $forgotten }/{ $visits }
report-campaigns-heading = Quy trình rà soát trong làng mô phỏng:
report-campaign-line = { $commune } — { $name }: { $village }, { $kind }: { $right }/{ $judged } quyết định đúng{ $finished ->
    [yes] {""}
   *[no] {" "}(chưa xong)
  }
report-procedure-heading = Lỗi quy trình theo xã (số lần sai / số lần chấm):
report-procedure-line = { $place } — { $check }: { $wrong }/{ $judged }
