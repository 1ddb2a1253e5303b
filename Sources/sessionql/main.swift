print("sessionql")
