# The village simulation (rasoat village): the map, the visit, the form and the verdict.
village-seed-name = Sample { $kind } no. { $seed } ({ $terrain })
village-kind-thon = village
village-kind-ban = hamlet
village-kind-to-dan-pho = residential group
village-terrain-mountain = mountains
village-terrain-midland = midlands
village-terrain-delta = delta
village-terrain-coastal = coast
village-terrain-urban = town
