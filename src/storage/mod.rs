//! Where the program keeps its data on disk.

pub mod paths;
