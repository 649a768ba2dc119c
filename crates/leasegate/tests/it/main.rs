mod lists;
mod screen;
mod chips;
mod ownership;
mod ledger;
mod linkage;
