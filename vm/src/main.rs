#[global_allocator]
static GLOBAL: krait::runtime::alloc::Allocator = krait::runtime::alloc::Allocator;

fn main() {
    krait::runtime::alloc::configure();
    std::process::exit(krait::cli::main());
}
