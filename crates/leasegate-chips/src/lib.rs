//! Accelerator catalog, ECCN 3A090/4A090 classification, country groups and licence/rental policy as versioned data.
