//! The closed vocabularies of the household format (area, livelihood, materials and structures,
//! water, latrine, work, education…): each value spelled exactly as in files. Imports nothing of
//! the crate, so that both the format (`household`) and its errors (`source`) can name them.

use serde::{Deserialize, Serialize};

/// Generates a plain enum with its exact spelling in files, the list of all values and `as_str`.
macro_rules! spelled_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant ),+
        }
        impl $name {
            /// Every value, in the order the format lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The value exactly as it is spelled in files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

spelled_enum!(
    /// Nông thôn / thành thị (đô thị).
    Area {
        Rural = "rural",
        Urban = "urban",
    }
);
spelled_enum!(
    #[derive(Default)]
    Livelihood {
        Agriculture = "agriculture",
        Forestry = "forestry",
        Fishery = "fishery",
        Salt = "salt",
        #[default]
        Other = "other",
    }
);
spelled_enum!(Durability {
    Durable = "durable",
    NonDurable = "non_durable",
});
spelled_enum!(
    /// The main material of a structure of the dwelling (wall, frame or roof). Whether it is
    /// durable is the standard's material table (`Standard::materials`), not this type.
    Material {
        Concrete = "concrete",
        Brick = "brick",
        Timber = "timber",
        Steel = "steel",
        MetalSheet = "metal_sheet",
        FibroCement = "fibro_cement",
        Tile = "tile",
        MakeshiftWood = "makeshift_wood",
        Bamboo = "bamboo",
        Mud = "mud",
        Leaf = "leaf",
    }
);
/// The three main structures of a dwelling that decide whether it is durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Structure {
    Wall,
    Frame,
    Roof,
}

impl Structure {
    pub const ALL: [Structure; 3] = [Structure::Wall, Structure::Frame, Structure::Roof];

    pub fn as_str(self) -> &'static str {
        match self {
            Structure::Wall => "wall",
            Structure::Frame => "frame",
            Structure::Roof => "roof",
        }
    }
}

spelled_enum!(WaterSource {
    Piped = "piped",
    DrilledWell = "drilled_well",
    ProtectedDugWell = "protected_dug_well",
    UnprotectedDugWell = "unprotected_dug_well",
    ProtectedSpring = "protected_spring",
    UnprotectedSpring = "unprotected_spring",
    Rainwater = "rainwater",
    Bottled = "bottled",
    SurfaceWater = "surface_water",
    Other = "other",
});
spelled_enum!(Latrine {
    Septic = "septic",
    SemiSeptic = "semi_septic",
    PourFlush = "pour_flush",
    VentilatedPit = "ventilated_pit",
    DoubleVault = "double_vault",
    PitWithoutSlab = "pit_without_slab",
    Hanging = "hanging",
    None = "none",
    Other = "other",
});
spelled_enum!(InfoMeans {
    Tv = "tv",
    Radio = "radio",
    Computer = "computer",
    Smartphone = "smartphone",
});
spelled_enum!(
    #[derive(Default)]
    Waste {
        #[default]
        Collected = "collected",
        TreatedAtHome = "treated_at_home",
        Untreated = "untreated",
    }
);
spelled_enum!(Sex {
    Male = "male",
    Female = "female",
});
spelled_enum!(
    #[derive(Default)]
    Work {
        WageWithContract = "wage_with_contract",
        WageWithoutContract = "wage_without_contract",
        SelfEmployed = "self_employed",
        Unemployed = "unemployed",
        #[default]
        NotWorking = "not_working",
    }
);
spelled_enum!(
    #[derive(Default)]
    Disability {
        #[default]
        None = "none",
        Mild = "mild",
        Severe = "severe",
        EspeciallySevere = "especially_severe",
    }
);
spelled_enum!(
    /// Highest general level completed, in increasing order.
    #[derive(Default)]
    Education {
        #[default]
        None = "none",
        Primary = "primary",
        LowerSecondary = "lower_secondary",
        UpperSecondary = "upper_secondary",
        CollegeUniversity = "college_university",
    }
);
spelled_enum!(
    #[derive(Default)]
    Schooling {
        #[default]
        NotAttending = "not_attending",
        AtLevel = "at_level",
        BelowLevel = "below_level",
    }
);
spelled_enum!(
    #[derive(Default)]
    Nutrition {
        #[default]
        Normal = "normal",
        Stunted = "stunted",
        Underweight = "underweight",
    }
);
spelled_enum!(IncomeKind {
    Wages = "wages",
    Agriculture = "agriculture",
    Forestry = "forestry",
    Fishery = "fishery",
    Salt = "salt",
    Business = "business",
    Pension = "pension",
    Remittance = "remittance",
    SocialAllowance = "social_allowance",
    Other = "other",
});

/// The six socio-economic regions, or a city ward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Trung du và miền núi phía Bắc.
    NorthernMidlandsMountains,
    /// Đồng bằng sông Hồng.
    RedRiverDelta,
    /// Bắc Trung Bộ và Duyên hải miền Trung.
    NorthCentralCentralCoast,
    /// Tây Nguyên.
    CentralHighlands,
    /// Đông Nam Bộ.
    Southeast,
    /// Đồng bằng sông Cửu Long.
    MekongDelta,
    /// Thành thị.
    Urban,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::NorthernMidlandsMountains,
        Region::RedRiverDelta,
        Region::NorthCentralCentralCoast,
        Region::CentralHighlands,
        Region::Southeast,
        Region::MekongDelta,
        Region::Urban,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Region::NorthernMidlandsMountains => "northern_midlands_mountains",
            Region::RedRiverDelta => "red_river_delta",
            Region::NorthCentralCentralCoast => "north_central_central_coast",
            Region::CentralHighlands => "central_highlands",
            Region::Southeast => "southeast",
            Region::MekongDelta => "mekong_delta",
            Region::Urban => "urban",
        }
    }
}
