# Làng mô phỏng (rasoat village): bản đồ, chuyến khảo sát, phiếu và kết quả.
village-seed-name = { $kind } mẫu số { $seed } ({ $terrain })
village-kind-thon = Thôn
village-kind-ban = Bản
village-kind-to-dan-pho = Tổ dân phố
village-terrain-mountain = miền núi
village-terrain-midland = trung du
village-terrain-delta = đồng bằng
village-terrain-coastal = ven biển
village-terrain-urban = đô thị
