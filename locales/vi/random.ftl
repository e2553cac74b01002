# Luyện tập ngẫu nhiên: các hộ được tạo theo mã bộ đề (số khởi tạo).
random-title = Luyện tập ngẫu nhiên
random-intro = Chương trình tạo các hộ luyện tập mới theo chuẩn đang chọn. Cùng một mã bộ đề luôn cho cùng các hộ: ghi lại mã bộ đề để làm lại đúng bộ đề này.
random-seed = Mã bộ đề (số khởi tạo):
random-seed-invalid = Mã bộ đề phải là một số nguyên, ví dụ 2024.
random-count = Số hộ:
random-focus = Trọng tâm:
random-focus-any = Tùy ý
random-focus-boundary = Sát chuẩn thu nhập (2–3 thiếu hụt)
random-make = Tạo bộ đề
random-made = Đã tạo { $count } hộ với mã bộ đề { $seed }:
