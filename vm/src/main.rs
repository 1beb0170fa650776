fn main() {
    std::process::exit(krait::cli::main());
}
