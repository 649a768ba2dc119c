mod chips;
mod ledger;
mod linkage;
mod lists;
mod ownership;
mod screen;
